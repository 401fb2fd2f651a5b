import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'lexical',
  editor: 'Lexical (rich text + history)',
  pkg: 'lexical',
  kind: 'lexical',
  method: 'paste',
  html: true,
});
