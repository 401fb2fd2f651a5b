import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'lexical', kind: 'lexical', method: 'paste', html: true });
