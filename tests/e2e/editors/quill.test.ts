import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'quill', kind: 'quill', method: 'paste', html: true });
