import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'tinymce-iframe',
  editor: 'TinyMCE (iframe)',
  pkg: 'tinymce',
  kind: 'tinymce',
  method: 'execCommand',
  html: true,
});
