import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'contenteditable',
  editor: 'contenteditable (browser built-in)',
  pkg: '',
  kind: 'contenteditable',
  method: 'execCommand',
  html: true,
});
