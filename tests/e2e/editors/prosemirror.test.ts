import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'prosemirror',
  editor: 'ProseMirror',
  pkg: 'prosemirror-view',
  kind: 'prosemirror',
  method: 'paste',
  html: true,
});
