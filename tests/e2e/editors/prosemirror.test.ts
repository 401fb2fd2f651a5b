import { describeEditor } from './harness/describe-editor.ts';

describeEditor({ page: 'prosemirror', kind: 'prosemirror', method: 'paste', html: true });
