import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, type RenderElementProps, Slate, withReact } from 'slate-react';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

const editor = withHistory(withReact(createEditor()));
const initialValue: Descendant[] = INITIAL_PARAGRAPHS.map((text) => ({ children: [{ text }] }));
const renderElement = ({ attributes, children }: RenderElementProps) => h('p', attributes, children);

const host = document.getElementById('editor-host') as HTMLElement;
createRoot(host).render(h(Slate, { editor, initialValue }, h(Editable, { id: 'editor', renderElement })));

// Ready once React has rendered the editable.
const timer = setInterval(() => {
  if (!document.querySelector('[data-slate-editor="true"]')) return;
  clearInterval(timer);
  expose({ kind: 'slate', model: () => editor.children.map((n) => Node.string(n)) });
}, 10);
