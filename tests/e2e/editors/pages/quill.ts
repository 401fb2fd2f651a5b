import 'quill/dist/quill.snow.css';
import Quill from 'quill';
import { expose, initialHtml } from './fixture-text.ts';

const host = document.getElementById('editor-host') as HTMLElement;
host.innerHTML = initialHtml();
const quill = new Quill(host, { theme: 'snow' });

expose({
  kind: 'quill',
  // getText() ends with the editor's final newline; one line per paragraph.
  model: () => quill.getText().replace(/\n$/, '').split('\n'),
});
