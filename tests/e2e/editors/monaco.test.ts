import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'monaco',
  editor: 'Monaco',
  pkg: 'monaco-editor',
  kind: 'monaco',
  method: 'paste',
  verbatim: true,
  noSelect: true,
});
