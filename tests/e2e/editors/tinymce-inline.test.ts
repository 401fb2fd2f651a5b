import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'tinymce-inline', kind: 'tinymce', method: 'execCommand', html: true });
