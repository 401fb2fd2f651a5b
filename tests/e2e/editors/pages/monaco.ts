import * as monaco from 'monaco-editor/editor/editor.api.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

// Monaco (the VS Code editor): draws its own lines and edits through a hidden input; its own undo.
(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};
const host = document.getElementById('editor-host') as HTMLElement;
host.style.height = '240px';
host.style.width = '700px';
const editor = monaco.editor.create(host, {
  value: INITIAL_PARAGRAPHS.join('\n'),
  language: 'plaintext',
  minimap: { enabled: false },
  wordWrap: 'on',
});

expose({
  kind: 'monaco',
  model: () => editor.getModel()?.getLinesContent() ?? [],
  // Its lines are not editable DOM: the test puts the caret through the editor, as a click would.
  placeCaret: (word: string) => {
    const model = editor.getModel();
    const match = model?.findMatches(word, false, false, true, null, false)[0];
    if (!match) throw new Error(`no ${word}`);
    editor.focus();
    editor.setPosition({ lineNumber: match.range.endLineNumber, column: match.range.endColumn });
  },
});
