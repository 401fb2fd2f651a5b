import 'jodit/es2021/jodit.min.css';
import { Jodit } from 'jodit';
import { expose, initialHtml } from './fixture-text.ts';

// Jodit: DOM-based, with its own history (observer) and paste handling.
const area = document.createElement('textarea');
area.id = 'editor';
area.value = initialHtml();
document.getElementById('editor-host')?.append(area);
const editor = Jodit.make(area, { height: 240, toolbar: false, statusbar: false });

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'jodit', model: () => blocks(editor.value) });
