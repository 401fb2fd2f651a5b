import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { expose, initialHtml } from './fixture-text.ts';

const source = document.createElement('div');
source.innerHTML = initialHtml();
const view = new EditorView(document.getElementById('editor-host'), {
  state: EditorState.create({
    doc: DOMParser.fromSchema(schema).parse(source),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo })],
  }),
});

expose({
  kind: 'prosemirror',
  model: () => {
    const out: string[] = [];
    view.state.doc.forEach((node) => {
      out.push(node.textContent);
    });
    return out;
  },
});
