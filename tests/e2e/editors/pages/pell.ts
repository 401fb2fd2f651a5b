import 'pell/dist/pell.css';
import { init } from 'pell';
import { expose, initialHtml } from './fixture-text.ts';

// pell: the smallest WYSIWYG editor — a contenteditable and document.execCommand, the browser's undo.
const editor = init({
  element: document.getElementById('editor-host') as HTMLElement,
  onChange: () => undefined,
  actions: ['bold', 'italic'],
});
editor.content.innerHTML = initialHtml();

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'contenteditable', model: () => blocks(editor.content.innerHTML) });
