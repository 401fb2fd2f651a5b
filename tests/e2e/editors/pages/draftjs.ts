import 'draft-js/dist/Draft.css';
import { ContentState, Editor, EditorState } from 'draft-js';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

let latest = EditorState.createWithContent(ContentState.createFromText(INITIAL_PARAGRAPHS.join('\n')));

function App() {
  const [state, setState] = useState(latest);
  const onChange = (next: EditorState) => {
    latest = next;
    setState(next);
  };
  return h('div', { id: 'editor' }, h(Editor, { editorState: state, onChange }));
}

createRoot(document.getElementById('editor-host') as HTMLElement).render(h(App));

const timer = setInterval(() => {
  if (!document.querySelector('.public-DraftEditor-content')) return;
  clearInterval(timer);
  expose({
    kind: 'draftjs',
    model: () =>
      latest
        .getCurrentContent()
        .getBlocksAsArray()
        .map((b) => b.getText()),
  });
}, 10);
