import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'slate', kind: 'slate', method: 'paste' });
