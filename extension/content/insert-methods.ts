import type { TextControl } from './editable.ts';
import type { HistoryMark } from './history-marks.ts';
import { paragraphsToHtml } from './paragraphs.ts';
import { sanitizeHtml } from './sanitize-html.ts';

// The write methods, each one attempt at the current caret. Which editor takes which is in
// insert-plan.ts, with the evidence (the Chromium tests in tests/e2e/editors, docs/editors.md).

/** What a method writes and where. */
export interface InsertJob {
  element: HTMLElement;
  /** The text as given (textareas keep it verbatim). */
  text: string;
  /** Its non-blank lines: the paragraphs for rich editors. */
  paragraphs: string[];
  /** Sanitised HTML from the sender, for editors whose paste parses HTML into their own model. */
  html: string | undefined;
}

/** A method returns false when it could not even be attempted (then the next one may run). */
export type InsertMethod = (job: InsertJob) => boolean;

/**
 * document.execCommand('insertText'): the browser's own edit, one undo step, newlines become
 * paragraphs in a contenteditable (Chromium splits the text itself). Works in textareas, plain
 * contenteditable and TinyMCE; does nothing in CKEditor 5 and Slate; garbles Lexical and Draft.js.
 */
export const execInsertText: InsertMethod = (job) => {
  const doc = job.element.ownerDocument;
  let text = job.paragraphs.join('\n');
  if (job.element.localName === 'textarea') text = job.text;
  else if (job.element.localName === 'input') text = job.paragraphs.filter(Boolean).join(' ');
  return doc.execCommand('insertText', false, text);
};

/** setRangeText + an input event: the last resort for a textarea (the page's undo misses it). */
export const setRangeText: InsertMethod = (job) => {
  const el = job.element as TextControl;
  const start = el.selectionStart;
  const end = el.selectionEnd;
  if (start === null || end === null) return false;
  const text = el.localName === 'input' ? job.paragraphs.filter(Boolean).join(' ') : job.text;
  el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
};

function dispatchPaste(job: InsertJob, withHtml: boolean): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', job.paragraphs.join('\n'));
  if (withHtml) {
    const html = job.html ?? paragraphsToHtml(job.paragraphs);
    data.setData('text/html', html);
    // BlockNote reads text/plain that looks like Markdown as Markdown ("- Như trên;" became a bullet
    // without its dash) ahead of text/html; its own clipboard type is pasted as the paragraphs given.
    // Several paragraphs go in as a closed slice (ProseMirror's data-pm-slice), whole blocks between
    // the two halves of the caret's block: left open, BlockNote merged the first one into the caret's
    // block or not depending on how many there were, and dropped an empty last one.
    data.setData(
      'blocknote/html',
      job.paragraphs.length > 1 ? `<div data-pm-slice="0 0 []">${html}</div>` : html,
    );
  }
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  job.element.dispatchEvent(event);
  // Editors that take the paste cancel the browser's default; an unhandled one did nothing.
  return event.defaultPrevented;
}

/**
 * A synthetic paste with text/plain and text/html: the editor's own paste handler turns it into one
 * model change (one undo step) with a paragraph per line. CKEditor 5, ProseMirror, Lexical, Quill.
 */
export const pasteRich: InsertMethod = (job) => dispatchPaste(job, true);

/**
 * A synthetic paste with text/plain only. Slate handles a plain-text-only paste itself but leaves an
 * HTML paste to the native beforeinput a synthetic event never gets; Draft.js splits text into blocks.
 */
export const pastePlain: InsertMethod = (job) => dispatchPaste(job, false);

/**
 * execCommand('insertHTML') with the sender's HTML, sanitised: headings and paragraphs for editors
 * whose DOM is the document (plain contenteditable, TinyMCE). Falls back to insertText without HTML.
 */
export const execInsertHtml: InsertMethod = (job) => {
  if (job.html === undefined) return execInsertText(job);
  const html = sanitizeHtml(job.html);
  return job.element.ownerDocument.execCommand('insertHTML', false, html);
};

/**
 * execCommand('insertText') with the text exactly as given, blank lines too: plain-text (code and
 * Markdown) editors such as CodeMirror keep every line, as a textarea does.
 */
export const execInsertVerbatim: InsertMethod = (job) =>
  job.element.ownerDocument.execCommand('insertText', false, job.text);

/** A synthetic paste of the text exactly as given (Monaco's hidden input takes nothing else). */
export const pasteVerbatim: InsertMethod = (job) => dispatchPaste({ ...job, paragraphs: [job.text] }, false);

/**
 * `method` between two marks of the editor's own history (history-marks.ts): the editor records a
 * step before and after, so the insert is exactly one undo step.
 */
export function marked(mark: HistoryMark, method: InsertMethod): InsertMethod {
  return (job) => {
    mark(job.element);
    const done = method(job);
    if (done) mark(job.element);
    return done;
  };
}
