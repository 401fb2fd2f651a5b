import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'medium-editor',
  editor: 'MediumEditor',
  pkg: 'medium-editor',
  kind: 'contenteditable',
  method: 'execCommand',
  html: true,
});
