import 'medium-editor/dist/css/medium-editor.css';
import MediumEditor from 'medium-editor';
import { expose, initialHtml } from './fixture-text.ts';

// MediumEditor: a contenteditable with its own paste cleaning, the browser's undo.
const div = document.createElement('div');
div.id = 'editor';
div.innerHTML = initialHtml();
document.getElementById('editor-host')?.append(div);
const editor = new MediumEditor(div, { toolbar: false, placeholder: false });

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'contenteditable', model: () => blocks(editor.getContent()) });
