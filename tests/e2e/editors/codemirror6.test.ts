import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'codemirror6',
  editor: 'CodeMirror 6',
  pkg: '@codemirror/view',
  kind: 'codemirror',
  method: 'execCommand',
  verbatim: true,
});
