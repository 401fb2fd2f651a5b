import { expose, initialHtml } from './fixture-text.ts';

const div = document.createElement('div');
div.id = 'editor';
div.contentEditable = 'true';
div.innerHTML = initialHtml();
document.getElementById('editor-host')?.append(div);
// The DOM is this editor's model; innerText gives one line per rendered block, as the user sees it.
// biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are the point here
expose({ kind: 'contenteditable', model: () => div.innerText.replace(/\n+$/, '').split(/\n+/) });
