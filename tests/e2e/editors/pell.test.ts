import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'pell',
  editor: 'pell',
  pkg: 'pell',
  kind: 'contenteditable',
  method: 'execCommand',
  html: true,
});
