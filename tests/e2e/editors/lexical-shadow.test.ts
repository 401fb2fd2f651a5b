import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'lexical-shadow',
  editor: 'Lexical in a shadow DOM',
  pkg: 'lexical',
  kind: 'lexical',
  method: 'paste',
  html: true,
});
