import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expose, initialHtml } from './fixture-text.ts';

// Tiptap 3 (ProseMirror underneath, its own undo history from the starter kit).
const editor = new Editor({
  element: document.getElementById('editor-host') as HTMLElement,
  extensions: [StarterKit],
  content: initialHtml(),
});

expose({
  kind: 'prosemirror',
  model: () => {
    const out: string[] = [];
    editor.state.doc.forEach((node) => {
      out.push(node.textContent);
    });
    return out;
  },
});
