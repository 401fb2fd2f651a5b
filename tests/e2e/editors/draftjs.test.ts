import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'draftjs',
  editor: 'Draft.js',
  pkg: 'draft-js',
  kind: 'draftjs',
  method: 'paste',
});
