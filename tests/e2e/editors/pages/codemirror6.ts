import { basicSetup, EditorView } from 'codemirror';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

// CodeMirror 6: a plain-text (code/Markdown) editor with its own history; one line per paragraph.
const view = new EditorView({
  doc: INITIAL_PARAGRAPHS.join('\n'),
  extensions: [basicSetup, EditorView.lineWrapping],
  parent: document.getElementById('editor-host') as HTMLElement,
});

expose({ kind: 'codemirror', model: () => view.state.doc.toString().split('\n') });
