import '@toast-ui/editor/dist/toastui-editor.css';
import Editor from '@toast-ui/editor';
import { expose, initialHtml } from './fixture-text.ts';

// Toast UI Editor 3 in its WYSIWYG mode: a Markdown editor (ProseMirror underneath, its own history).
const editor = new Editor({
  el: document.getElementById('editor-host') as HTMLElement,
  initialEditType: 'wysiwyg',
  previewStyle: 'tab',
  height: '260px',
  hideModeSwitch: true,
  usageStatistics: false,
  initialValue: '',
});
editor.setHTML(initialHtml(), false);

interface PmNode {
  textContent: string;
  forEach(cb: (node: PmNode) => void): void;
}
const ww = (editor as unknown as { wwEditor: { view: { state: { doc: PmNode } } } }).wwEditor;

expose({
  kind: 'prosemirror',
  // The WYSIWYG ProseMirror document, not the Markdown it serialises to (which escapes "-" and "*").
  model: () => {
    const out: string[] = [];
    ww.view.state.doc.forEach((node) => {
      out.push(node.textContent);
    });
    return out;
  },
});
