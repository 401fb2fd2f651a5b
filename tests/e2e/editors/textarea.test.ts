import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'textarea', kind: 'textarea', method: 'execCommand', verbatim: true });
