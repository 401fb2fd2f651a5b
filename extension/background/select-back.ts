import { isSelectBackRequest } from '../shared/expansion.ts';

// Selecting a typed trigger back in Monaco, for expansion while typing (content/expand-typing.ts).
// Monaco types through an EditContext: it draws its own lines and has no DOM selection to extend, and
// its code is an ES-module bundle with no handle in the page. Its keybinding service acts on any
// keydown with the key code set (StandardKeyboardEvent reads keyCode, never isTrusted), so the
// worker injects Shift+ArrowLeft presses into the frame — Monaco selects the trigger itself, and the
// usual paste replaces it as one undo step. This lives in the worker, not in the content script that
// every page loads within its budget.

/** What the function uses of an EditContext (types only: nothing of it is serialised). */
interface EditContextLike {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  updateText(start: number, end: number, text: string): void;
}

/**
 * Runs in the frame (chrome.scripting, so it must use nothing from outside itself): selects the
 * `length` characters before the caret of the focused EditContext editor with its own keys, or with
 * `length` 0 puts the caret after the selection, or with a negative `length` only trims (below);
 * answers the selected text ('' when there is none).
 *
 * First it trims the EditContext's text to the caret's line. Monaco writes each new line over the
 * start of that text only (updateText from 0 to the length it wrote last), so every character the
 * browser typed into it leaves one stale character past the line's end (typing ";qh" at the end of
 * "Đoạn kết." left "Đoạn kết. ;qhhq; "), and the text after the caret that the block/inline rule
 * reads (khung:caret, for an insert from the panel too) was never empty. The line is the longest run
 * of Monaco's drawn rows that the EditContext's text starts with and that reaches its selection; drawn
 * differently (tabs, visible whitespace), nothing matches and the text is left as it is.
 */
export async function selectBackInPage(length: number): Promise<string> {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const context = (el as (Element & { editContext?: EditContextLike | null }) | null)?.editContext;
  if (!el || !context) return '';
  const text = context.text;
  const rows = [...(el.closest('.monaco-editor')?.querySelectorAll<HTMLElement>('.view-line') ?? [])]
    .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top))
    .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' '));
  let line = -1;
  for (let i = 0; i < rows.length; i++) {
    let joined = '';
    for (let j = i; j < rows.length; j++) {
      joined += rows[j];
      if (!text.startsWith(joined)) break;
      if (joined.length >= context.selectionEnd) line = Math.max(line, joined.length);
    }
  }
  if (line >= 0 && line < text.length) context.updateText(line, text.length, '');
  if (length < 0) return '';
  const press = (key: string, keyCode: number, shiftKey: boolean) =>
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key, code: key, keyCode, shiftKey, bubbles: true, cancelable: true }),
    );
  if (length === 0) press('ArrowRight', 39, false);
  for (let i = 0; i < length; i++) press('ArrowLeft', 37, true);
  // Monaco hands its new selection to the EditContext when it draws the next frame.
  await new Promise((resolve) => {
    setTimeout(resolve, 200);
    requestAnimationFrame(() => setTimeout(resolve));
  });
  return context.text.slice(context.selectionStart, context.selectionEnd);
}

/** Runs `selectBackInPage` in one frame of a tab. */
export type SelectBackRunner = (tabId: number, frameId: number, length: number) => Promise<unknown>;

/** Chrome's runner: chrome.scripting in the frame that asked; '' when the frame refuses scripts. */
export const runSelectBack: SelectBackRunner = async (tabId, frameId, length) => {
  const [first] = await chrome.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, func: selectBackInPage, args: [length] })
    .catch(() => []);
  return first?.result ?? '';
};

/**
 * The worker's answer to a khung:select-back from this extension's content script in a tab, through
 * `reply` (the selected text, '' when nothing was selected); false when `raw` is not one.
 */
export function answerSelectBack(
  raw: unknown,
  sender: chrome.runtime.MessageSender,
  selfId: string,
  run: SelectBackRunner,
  reply: (selected: string) => void,
): boolean {
  const tabId = sender.tab?.id;
  if (sender.id !== selfId || tabId === undefined || !isSelectBackRequest(raw)) return false;
  void run(tabId, sender.frameId ?? 0, Math.max(-1, raw.length)).then(
    (selected) => reply(typeof selected === 'string' ? selected : ''),
    () => reply(''),
  );
  return true;
}
