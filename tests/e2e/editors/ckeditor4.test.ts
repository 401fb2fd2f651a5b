import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'ckeditor4',
  editor: 'CKEditor 4 (iframe)',
  pkg: 'ckeditor4',
  kind: 'ckeditor4',
  method: 'paste',
  html: true,
  lines: 'own-paragraphs',
});
