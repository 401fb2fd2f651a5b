import { describeEditor } from './harness/describe-editor.ts';

describeEditor({
  page: 'react-textarea',
  editor: 'React-controlled textarea',
  pkg: 'react',
  kind: 'textarea',
  method: 'execCommand',
  verbatim: true,
  // React sets the value after every key, so the browser undoes typed letters one at a time.
  lettersUndoSteps: 3,
});
