import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'slate',
  editor: 'Slate (slate-react + history)',
  pkg: 'slate',
  kind: 'slate',
  method: 'paste',
});
