import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'toastui',
  editor: 'Toast UI Editor (WYSIWYG Markdown)',
  pkg: '@toast-ui/editor',
  kind: 'prosemirror',
  method: 'paste',
  html: true,
});
