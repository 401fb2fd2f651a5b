import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'tiptap',
  editor: 'Tiptap (starter kit)',
  pkg: '@tiptap/core',
  kind: 'prosemirror',
  method: 'paste',
  html: true,
});
