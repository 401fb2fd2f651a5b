import type { Editor, TinyMCE } from 'tinymce';
import { expose, initialHtml } from './fixture-text.ts';

declare global {
  interface Window {
    tinymce?: TinyMCE;
  }
}

/** Loads the self-hosted TinyMCE (the test server serves node_modules/tinymce at /tinymce/). */
function loadTinymce(): Promise<TinyMCE> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/tinymce/tinymce.min.js';
    script.onload = () => (window.tinymce ? resolve(window.tinymce) : reject(new Error('no tinymce')));
    script.onerror = () => reject(new Error('tinymce failed to load'));
    document.head.append(script);
  });
}

function blockTexts(editor: Editor): string[] {
  const box = document.createElement('div');
  box.innerHTML = editor.getContent();
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

/** Starts TinyMCE inline (on a div) or in its iframe mode, and exposes its getContent() paragraphs. */
export async function startTinymce(inline: boolean): Promise<void> {
  const tinymce = await loadTinymce();
  const host = document.getElementById('editor-host') as HTMLElement;
  const target = document.createElement(inline ? 'div' : 'textarea');
  target.id = 'editor';
  if (inline) target.innerHTML = initialHtml();
  else (target as HTMLTextAreaElement).value = initialHtml();
  host.append(target);
  const [editor] = await tinymce.init({
    target,
    inline,
    license_key: 'gpl',
    base_url: '/tinymce',
    suffix: '.min',
    menubar: false,
    toolbar: false,
    plugins: [],
    promotion: false,
    branding: false,
  });
  if (!editor) throw new Error('TinyMCE did not start');
  expose({ kind: 'tinymce', model: () => blockTexts(editor) });
}
