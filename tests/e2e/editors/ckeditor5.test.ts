import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'ckeditor5',
  editor: 'CKEditor 5 (classic)',
  pkg: 'ckeditor5',
  kind: 'ckeditor5',
  method: 'paste',
  html: true,
});
