import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'summernote',
  editor: 'Summernote (lite)',
  pkg: 'summernote',
  kind: 'summernote',
  method: 'execCommand',
  html: true,
});
