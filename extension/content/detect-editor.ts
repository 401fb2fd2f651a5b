import { isTextControl } from './editable.ts';

/** The editor kinds the engine knows (ReadResult.editor). */
export type EditorKind =
  | 'textarea'
  | 'contenteditable'
  | 'ckeditor5'
  | 'prosemirror'
  | 'lexical'
  | 'quill'
  | 'tinymce'
  | 'slate'
  | 'draftjs'
  | 'none';

/**
 * Names the editor behind an editable root by the markers each one puts in the DOM (HOSTS.md §3.2).
 * The content script runs in an isolated world, so page-world handles such as el.ckeditorInstance or
 * __lexicalEditor are invisible here; classes and data attributes are what both worlds share.
 */
export function detectEditor(el: HTMLElement | null): EditorKind {
  if (!el) return 'none';
  if (isTextControl(el)) return 'textarea';
  const cls = el.classList;
  if (cls.contains('ck-editor__editable')) return 'ckeditor5';
  if (cls.contains('ProseMirror')) return 'prosemirror';
  if (el.dataset.lexicalEditor === 'true') return 'lexical';
  if (cls.contains('ql-editor')) return 'quill';
  if (el.dataset.slateEditor === 'true') return 'slate';
  if (cls.contains('public-DraftEditor-content')) return 'draftjs';
  if (el.id === 'tinymce' || cls.contains('mce-content-body')) return 'tinymce';
  return 'contenteditable';
}
