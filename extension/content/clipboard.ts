// The last resort when no method landed: put the text on the clipboard so the user pastes it
// (Clippings #585: users asked for exactly this). navigator.clipboard needs a focused document;
// execCommand('copy') on a temporary textarea works without it when the extension may write the
// clipboard. Either way the page is left as it was.

/** The answers after the fallback: copied (Ctrl+V), or not even that. */
export const CLIPBOARD_MESSAGE = 'Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.';
export const NOTHING_MESSAGE =
  'Không chèn được vào ô soạn thảo này và không chép được vào bộ nhớ tạm. Hãy chép đoạn văn từ bảng Khung rồi dán (Ctrl+V).';

function copyWithTextarea(text: string): boolean {
  const doc = document;
  const active = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  (doc.body ?? doc.documentElement).append(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
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
