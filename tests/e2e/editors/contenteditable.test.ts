import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'contenteditable', kind: 'contenteditable', method: 'execCommand', html: true });
