import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { expose, INITIAL_PARAGRAPHS } from './fixture-text.ts';

const root = document.createElement('div');
root.id = 'editor';
root.contentEditable = 'true';
document.getElementById('editor-host')?.append(root);

const editor = createEditor({
  namespace: 'fixture',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
editor.update(
  () => {
    const r = $getRoot();
    for (const text of INITIAL_PARAGRAPHS) r.append($createParagraphNode().append($createTextNode(text)));
  },
  { discrete: true, tag: 'historic' },
);

expose({
  kind: 'lexical',
  model: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getTextContent()),
    ),
});
