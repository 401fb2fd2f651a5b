import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'suneditor',
  editor: 'SunEditor',
  pkg: 'suneditor',
  kind: 'suneditor',
  method: 'execCommand',
  html: true,
});
