import 'ckeditor5/ckeditor5.css';
import { ClassicEditor, Essentials, Heading, type ModelElement, Paragraph } from 'ckeditor5';
import { expose, initialHtml } from './fixture-text.ts';

const host = document.getElementById('editor-host') as HTMLElement;
const editor = await ClassicEditor.create(host, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Heading],
  initialData: initialHtml(),
});

function modelText(el: ModelElement): string {
  let out = '';
  for (const child of el.getChildren()) if (child.is('$text')) out += child.data;
  return out;
}

expose({
  kind: 'ckeditor5',
  model: () => {
    const root = editor.model.document.getRoot();
    if (!root) return [];
    return Array.from(root.getChildren()).map((c) => (c.is('element') ? modelText(c) : ''));
  },
});
