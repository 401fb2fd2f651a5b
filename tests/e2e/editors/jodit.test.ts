import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'jodit',
  editor: 'Jodit',
  pkg: 'jodit',
  kind: 'jodit',
  method: 'execCommand',
  html: true,
});
