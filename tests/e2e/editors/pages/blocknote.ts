import { BlockNoteEditor } from '@blocknote/core';
import '@blocknote/core/style.css';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

// BlockNote (block-based: every paragraph is a block of its own, ProseMirror and Tiptap underneath,
// with its own undo history). The model is the editor's block document, not the DOM.
const editor = BlockNoteEditor.create({
  initialContent: INITIAL_PARAGRAPHS.map((text) => ({ type: 'paragraph' as const, content: text })),
});
editor.mount(document.getElementById('editor-host') as HTMLElement);

/** A block's text: its inline content's text runs, joined. */
function blockText(block: (typeof editor.document)[number]): string {
  const content = block.content;
  if (!Array.isArray(content)) return '';
  return content.map((c) => ('text' in c ? c.text : '')).join('');
}

expose({
  kind: 'prosemirror',
  model: () => editor.document.map(blockText),
});
