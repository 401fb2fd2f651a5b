import type { EditorKind } from './detect-editor.ts';
import { summernoteMark, suneditorMark, tinymceMark } from './history-marks.ts';
import {
  execInsertHtml,
  execInsertText,
  execInsertVerbatim,
  type InsertMethod,
  marked,
  pastePlain,
  pasteRich,
  pasteVerbatim,
  setRangeText,
} from './insert-methods.ts';

/** A named write method, in the order the engine tries them. */
export interface PlannedMethod {
  name: string;
  run: InsertMethod;
  /** The method hands the editor the sender's HTML, which the editor may restructure (tables…). */
  takesHtml?: boolean;
}

const exec: PlannedMethod = { name: 'execCommand', run: execInsertText };
/** insertHTML when the sender gave HTML, else insertText (DOM-is-the-document editors). */
const execHtml: PlannedMethod = { name: 'execCommand', run: execInsertHtml, takesHtml: true };
const paste: PlannedMethod = { name: 'paste', run: pasteRich, takesHtml: true };
const plainPaste: PlannedMethod = { name: 'paste', run: pastePlain };

/**
 * The methods for each editor, best first. A later one runs only when the earlier left the editor
 * untouched (read back asynchronously), so nothing is inserted twice. Evidence: tests/e2e/editors and
 * docs/editors.md — execCommand has no effect in CKEditor 5 and Slate and corrupts Lexical and
 * Draft.js; Trix leaves it out of its history; Monaco's input takes
 * only a paste; Summernote, SunEditor and TinyMCE need a mark of their own history around it.
 */
export function planFor(kind: EditorKind): PlannedMethod[] {
  switch (kind) {
    case 'textarea':
      return [exec, { name: 'setRangeText', run: setRangeText }];
    case 'contenteditable':
    case 'jodit':
      return [execHtml, paste];
    case 'tinymce':
      return [{ name: 'execCommand', run: marked(tinymceMark, execInsertHtml), takesHtml: true }];
    case 'summernote':
      return [{ name: 'execCommand', run: marked(summernoteMark, execInsertHtml), takesHtml: true }];
    case 'suneditor':
      return [{ name: 'execCommand', run: marked(suneditorMark, execInsertHtml), takesHtml: true }];
    case 'codemirror':
      return [{ name: 'execCommand', run: execInsertVerbatim }];
    case 'monaco':
      return [{ name: 'paste', run: pasteVerbatim }];
    case 'prosemirror':
    case 'quill':
      return [paste, exec];
    case 'ckeditor5':
    case 'ckeditor4':
    case 'lexical':
      return [paste];
    case 'slate':
    case 'draftjs':
    case 'trix':
      return [plainPaste];
    case 'none':
      return [];
  }
}
