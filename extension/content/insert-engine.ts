import type { InsertResult } from '../shared/messages.ts';
import { CLIPBOARD_MESSAGE, copyToClipboard, NOTHING_MESSAGE } from './clipboard.ts';
import { detectEditor } from './detect-editor.ts';
import { isTextControl } from './editable.ts';
import { type FocusTarget, lastFocus, restoreFocus } from './focus-tracker.ts';
import type { InsertJob } from './insert-methods.ts';
import { planFor } from './insert-plan.ts';
import { countOccurrences, squash, toParagraphs } from './paragraphs.ts';
import { nextTask, settle } from './wait.ts';

// The insert engine (issue 5 §3): restore the remembered caret, try the editor's best method, read
// the editor back asynchronously, and never try a second method once anything changed — Lexical and
// Draft commit after the current task, so a synchronous check would see nothing and insert twice
// (promptmanager PR #85, Harper d7d08cad4). When nothing lands, the text goes to the clipboard.

const CHANGED_BUT_UNSURE =
  'Trình soạn thảo đã thay đổi nhưng Khung không thấy đúng đoạn văn vừa chèn. Hãy kiểm tra lại; nhấn Ctrl+Z nếu cần.';
const EMPTY = 'Không có nội dung để chèn.';

function editorText(el: HTMLElement): string {
  return squash(isTextControl(el) ? el.value : (el.textContent ?? ''));
}

/** The clipboard fallback: copied (press Ctrl+V), or not even that. */
export async function fallBackToClipboard(text: string): Promise<InsertResult> {
  return (await copyToClipboard(text))
    ? { ok: false, method: 'clipboard', message: CLIPBOARD_MESSAGE }
    : { ok: false, method: 'none', message: NOTHING_MESSAGE };
}

/**
 * True when the text is in the editor once more than before. When the editor was given HTML it may
 * reshape it (a header table flattened, whitespace trimmed), so its first and last paragraphs landing
 * is enough.
 */
function landed(before: string, after: string, job: InsertJob, viaHtml: boolean): boolean {
  const grew = (needle: string) => countOccurrences(after, needle) > countOccurrences(before, needle);
  if (grew(squash(job.paragraphs.join('')))) return true;
  const first = job.paragraphs[0] ?? '';
  const last = job.paragraphs.at(-1) ?? '';
  return viaHtml && grew(squash(first)) && grew(squash(last));
}

async function insertInto(target: FocusTarget, job: InsertJob): Promise<InsertResult | null> {
  for (const method of planFor(detectEditor(target.element))) {
    const viaHtml = method.takesHtml === true && job.html !== undefined;
    restoreFocus(target);
    // Editors pick the restored selection up from selectionchange, which fires as a task.
    await nextTask();
    const before = editorText(target.element);
    let attempted = false;
    try {
      attempted = method.run(job);
    } catch {
      attempted = false;
    }
    // Read back after the editor's commit (a microtask, a task, a frame); a handler that cancelled
    // the event but has not committed yet gets one more round.
    for (let round = 0; round < (attempted ? 2 : 1); round++) {
      await settle();
      const after = editorText(target.element);
      if (landed(before, after, job, viaHtml)) return { ok: true, method: method.name };
      if (after !== before) return { ok: false, method: method.name, message: CHANGED_BUT_UNSURE };
    }
  }
  return null;
}

/** Inserts `text` (or `html` where the editor parses it) at the remembered caret of this frame. */
export async function insertText(text: string, html?: string): Promise<InsertResult> {
  const paragraphs = toParagraphs(text);
  if (paragraphs.length === 0) return { ok: false, method: 'none', message: EMPTY };
  const target = lastFocus();
  if (!target) return fallBackToClipboard(text);
  const landed = await insertInto(target, { element: target.element, text, paragraphs, html });
  return landed ?? fallBackToClipboard(text);
}
