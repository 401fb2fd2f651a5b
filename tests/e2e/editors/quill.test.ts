import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'quill',
  editor: 'Quill',
  pkg: 'quill',
  kind: 'quill',
  method: 'paste',
  html: true,
});
