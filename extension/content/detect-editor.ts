import { hasEditContext, isTextControl } from './editable.ts';

/** The editor kinds the engine knows (ReadResult.editor). */
export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'prosemirror'
  | 'lexical'
  | 'quill'
  | 'tinymce'
  | 'slate'
  | 'draftjs'
  | 'summernote'
  | 'suneditor'
  | 'jodit'
  | 'trix'
  | 'codemirror'
  | 'monaco'
  | 'none';

/** Class markers, in the order they are tested (a more specific editor before a generic one). */
const BY_CLASS: ReadonlyArray<[string, EditorKind]> = [
  ['ck-editor__editable', 'ckeditor5'],
  ['cke_editable', 'ckeditor4'],
  ['ProseMirror', 'prosemirror'],
  ['ql-editor', 'quill'],
  ['public-DraftEditor-content', 'draftjs'],
  ['mce-content-body', 'tinymce'],
  ['note-editable', 'summernote'],
  ['sun-editor-editable', 'suneditor'],
  ['jodit-wysiwyg', 'jodit'],
  ['cm-content', 'codemirror'],
];

/**
 * Names the editor behind an editable root by the markers each one puts in the DOM.
 * The content script runs in an isolated world, so page-world handles such as el.ckeditorInstance or
 * __lexicalEditor are invisible here; classes and data attributes are what both worlds share.
 */
export function detectEditor(el: HTMLElement | null): EditorKind {
  if (!el) return 'none';
  // Monaco edits through a hidden textarea (older builds) or an EditContext div (Chromium).
  if (el.closest('.monaco-editor') && (hasEditContext(el) || el.localName === 'textarea')) return 'monaco';
  if (isTextControl(el)) return 'textarea';
  if (el.localName === 'trix-editor') return 'trix';
  if (el.dataset.lexicalEditor === 'true') return 'lexical';
  if (el.dataset.slateEditor === 'true') return 'slate';
  if (el.id === 'tinymce') return 'tinymce';
  for (const [cls, kind] of BY_CLASS) if (el.classList.contains(cls)) return kind;
  return 'contenteditable';
}
