import 'suneditor/dist/css/suneditor.min.css';
import suneditor from 'suneditor';
import { expose, initialHtml } from './fixture-text.ts';

// SunEditor 2: DOM-based, with its own history stack.
const area = document.createElement('textarea');
area.id = 'editor';
area.value = initialHtml();
document.getElementById('editor-host')?.append(area);
const editor = suneditor.create(area, { height: '200px', buttonList: [] });

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'suneditor', model: () => blocks(editor.getContents(false)) });
