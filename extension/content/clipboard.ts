// The last resort when no method landed: put the text on the clipboard so the user pastes it
// (Clippings #585: users asked for exactly this). navigator.clipboard needs a focused document;
// execCommand('copy') on a temporary textarea works without it when the extension may write the
// clipboard. Either way the page is left as it was.

/** The answers after the fallback: copied (Ctrl+V), or not even that. */
export const CLIPBOARD_MESSAGE = 'Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.';
export const NOTHING_MESSAGE =
  'Không chèn được vào ô soạn thảo này và không chép được vào bộ nhớ tạm. Hãy chép đoạn văn từ bảng Khung rồi dán (Ctrl+V).';

/** The textarea lives only within this synchronous call: no event or paint can reach it. */
function copyWithTextarea(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.style.cssText = 'position:fixed;top:0;opacity:0';
  document.documentElement.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {}
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

/** Copies `text` to the clipboard; true when one of the two ways succeeded. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithTextarea(text);
  }
}
