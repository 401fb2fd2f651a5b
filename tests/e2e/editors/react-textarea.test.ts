import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'react-textarea', kind: 'textarea', method: 'execCommand', verbatim: true });
