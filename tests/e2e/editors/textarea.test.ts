import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'textarea',
  editor: 'textarea (browser built-in)',
  pkg: '',
  kind: 'textarea',
  method: 'execCommand',
  verbatim: true,
});
