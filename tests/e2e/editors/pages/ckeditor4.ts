import { expose, initialHtml } from './fixture-text.ts';

// CKEditor 4 (classic, in its iframe): the editor of many Vietnamese PHP admin and e-office pages
// (CKEDITOR.replace(…, { language: 'vi' })). Self-hosted: the test server serves node_modules/ckeditor4
// at /ckeditor4/, as such sites serve their copy.
interface Ck4Editor {
  getData(): string;
  on(event: string, cb: () => void): void;
}
declare global {
  interface Window {
    CKEDITOR?: {
      replace(el: HTMLElement, config: Record<string, unknown>): Ck4Editor;
    };
  }
}

await new Promise<void>((resolve, reject) => {
  const script = document.createElement('script');
  script.src = '/ckeditor4/ckeditor.js';
  script.onload = () => resolve();
  script.onerror = () => reject(new Error('ckeditor4 failed to load'));
  document.head.append(script);
});
const area = document.createElement('textarea');
area.id = 'editor';
area.value = initialHtml();
document.getElementById('editor-host')?.append(area);
const CKEDITOR = window.CKEDITOR;
if (!CKEDITOR) throw new Error('no CKEDITOR');
// versionCheck: the last open-source 4.x asks a CDN whether it is current; the tests are offline.
const editor = CKEDITOR.replace(area, { language: 'vi', versionCheck: false, height: 200 });
await new Promise<void>((resolve) => editor.on('instanceReady', resolve));

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'ckeditor4', model: () => blocks(editor.getData()) });
