import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

// A React-controlled textarea, as in most web apps: the model is React's state, which only changes
// when React sees an input event — a direct value write would be undone by the next render.
let latest: string = INITIAL_PARAGRAPHS.join('\n');

function App() {
  const [value, setValue] = useState(latest);
  const onChange = (event: { target: { value: string } }) => {
    latest = event.target.value;
    setValue(latest);
  };
  return h('textarea', { id: 'editor', rows: 12, cols: 80, value, onChange });
}

createRoot(document.getElementById('editor-host') as HTMLElement).render(h(App));

const timer = setInterval(() => {
  if (!document.getElementById('editor')) return;
  clearInterval(timer);
  expose({ kind: 'textarea', model: () => latest.split('\n') });
}, 10);
