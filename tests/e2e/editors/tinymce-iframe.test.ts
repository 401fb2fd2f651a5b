import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'tinymce-iframe', kind: 'tinymce', method: 'execCommand', html: true });
