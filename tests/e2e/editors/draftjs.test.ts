import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'draftjs', kind: 'draftjs', method: 'paste' });
