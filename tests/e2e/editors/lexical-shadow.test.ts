import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'lexical-shadow', kind: 'lexical', method: 'paste', html: true });
