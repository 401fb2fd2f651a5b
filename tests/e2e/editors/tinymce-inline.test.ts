import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'tinymce-inline',
  editor: 'TinyMCE (inline)',
  pkg: 'tinymce',
  kind: 'tinymce',
  method: 'execCommand',
  html: true,
});
