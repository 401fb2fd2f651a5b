import type { InsertResult } from '../shared/messages.ts';
import { CLIPBOARD_MESSAGE, copyToClipboard, NOTHING_MESSAGE } from './clipboard.ts';
import { detectEditor } from './detect-editor.ts';
import { editContextOf, editorText as textOf } from './editor-text.ts';
import { type FocusTarget, lastFocus, restoreFocus } from './focus-tracker.ts';
import type { InsertJob } from './insert-methods.ts';
import { planFor } from './insert-plan.ts';
import { countOccurrences, squash, toParagraphs } from './paragraphs.ts';
import { endTypingRun } from './typing-run.ts';
import { nextTask, settle } from './wait.ts';

// The insert engine: restore the remembered caret, try the editor's best method, read
// the editor back asynchronously, and never try a second method once anything changed — Lexical and
// Draft commit after the current task, so a synchronous check would see nothing and insert twice
// (promptmanager PR #85, Harper d7d08cad4). When nothing lands, the text goes to the clipboard.

const CHANGED_BUT_UNSURE =
  'Trình soạn thảo đã thay đổi nhưng Khung không thấy đúng đoạn văn vừa chèn. Hãy kiểm tra lại; nhấn Ctrl+Z nếu cần.';
const EMPTY = 'Không có nội dung để chèn.';

function editorText(el: HTMLElement): string {
  return squash(textOf(el));
}

/** The clipboard fallback: copied (press Ctrl+V), or not even that. */
export async function fallBackToClipboard(text: string): Promise<InsertResult> {
  return (await copyToClipboard(text))
    ? { ok: false, method: 'clipboard', message: CLIPBOARD_MESSAGE }
    : { ok: false, method: 'none', message: NOTHING_MESSAGE };
}

/** How the engine may recognise its text in the editor afterwards. */
interface Evidence {
  /** The editor was given HTML and may reshape it (a header table flattened, whitespace trimmed). */
  viaHtml: boolean;
  /** The editor exposes only the text around its caret (an EditContext: Monaco). */
  caretWindow: boolean;
}

/**
 * True when the text is in the editor once more than before. An editor given HTML may reshape it, so
 * its first and last paragraphs landing is enough.
 */
function landed(before: string, after: string, job: InsertJob, evidence: Evidence): boolean {
  const grew = (needle: string) => countOccurrences(after, needle) > countOccurrences(before, needle);
  if (grew(squash(job.paragraphs.join('')))) return true;
  const first = job.paragraphs[0] ?? '';
  const last = job.paragraphs.at(-1) ?? '';
  return evidence.viaHtml && grew(squash(first)) && grew(squash(last));
}

/**
 * Read-back rounds (a microtask, a task and a frame each) after a write the editor accepted: some
 * editors commit a paste tens of milliseconds later (block editors render a block at a time), so an
 * editor that took the event but shows nothing yet is given UNTOUCHED rounds, and one that is still
 * changing up to ROUNDS.
 */
const ROUNDS = 8;
const UNTOUCHED = 4;

async function insertInto(target: FocusTarget, job: InsertJob): Promise<InsertResult | null> {
  for (const method of planFor(detectEditor(target.element))) {
    const evidence: Evidence = {
      viaHtml: method.takesHtml === true && job.html !== undefined,
      caretWindow: editContextOf(target.element) !== null,
    };
    restoreFocus(target);
    // Editors pick the restored selection up from selectionchange, which fires as a task.
    await nextTask();
    const before = editorText(target.element);
    // The insert must not join what the officer typed just before it (typing-run.ts).
    endTypingRun(target.element);
    let attempted = false;
    try {
      attempted = method.run(job);
    } catch {
      attempted = false;
    }
    // Read back after the editor's commit (a microtask, a task, a frame); a handler that cancelled
    // the event may commit later, and one that is still committing gets more rounds.
    let after = before;
    for (let round = 0; round < (attempted ? ROUNDS : 1); round++) {
      await settle();
      after = editorText(target.element);
      // Monaco takes a paste only to insert it (it cancels nothing it ignores), and may show it a frame
      // later than this read: its acceptance is the evidence.
      if (landed(before, after, job, evidence) || (evidence.caretWindow && attempted)) {
        // …nor what the officer types right after it.
        endTypingRun(target.element);
        return { ok: true, method: method.name };
      }
      if (after === before && round >= UNTOUCHED - 1) break;
    }
    if (after !== before) return { ok: false, method: method.name, message: CHANGED_BUT_UNSURE };
  }
  return null;
}

/** Inserts `text` (or `html` where the editor parses it) at the remembered caret of this frame. */
export async function insertText(text: string, html?: string): Promise<InsertResult> {
  const lines = toParagraphs(text);
  if (lines.length === 0) return { ok: false, method: 'none', message: EMPTY };
  // A line break at either edge is a paragraph break the sender asked for (the core's block rule,
  // insert-placement.ts, or a skeleton's last line): it stays, as an empty first or last paragraph.
  const paragraphs = [
    ...(/^[ \t]*\r?\n/.test(text) ? [''] : []),
    ...lines,
    ...(/\r?\n[ \t]*$/.test(text) ? [''] : []),
  ];
  const target = lastFocus();
  if (!target) return fallBackToClipboard(text);
  const landed = await insertInto(target, { element: target.element, text, paragraphs, html });
  return landed ?? fallBackToClipboard(text);
}
