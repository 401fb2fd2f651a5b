import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'blocknote',
  editor: 'BlockNote (block-based)',
  pkg: '@blocknote/core',
  kind: 'prosemirror',
  method: 'paste',
  html: true,
  lines: 'own-paragraphs',
});
