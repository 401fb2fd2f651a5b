import { expose } from './fixture-text.ts';

// The edge-case page: a single-line input, a contenteditable with headings and a same-origin iframe
// with its own content script (the frame-ownership case). The model is the input's value.
const input = document.getElementById('single') as HTMLInputElement;
expose({ kind: 'textarea', model: () => [input.value] });
