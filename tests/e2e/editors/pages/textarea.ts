import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

const area = document.createElement('textarea');
area.id = 'editor';
area.rows = 12;
area.cols = 80;
area.value = INITIAL_PARAGRAPHS.join('\n');
document.getElementById('editor-host')?.append(area);
expose({ kind: 'textarea', model: () => area.value.split('\n') });
