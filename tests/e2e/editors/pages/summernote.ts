import 'summernote/dist/summernote-lite.css';
import jquery from 'jquery';
import { expose, initialHtml } from './fixture-text.ts';

// Summernote (lite, no Bootstrap) on jQuery: school and union news pages (lang vi-VN).
const w = window as unknown as { jQuery: typeof jquery; $: typeof jquery };
w.jQuery = jquery;
w.$ = jquery;
await import('summernote/dist/summernote-lite.js');

const host = document.getElementById('editor-host') as HTMLElement;
const target = document.createElement('div');
target.id = 'editor';
target.innerHTML = initialHtml();
host.append(target);
const $editor = jquery(target) as unknown as { summernote(cmd?: unknown, ...args: unknown[]): unknown };
$editor.summernote({ height: 200, toolbar: [] });

function blocks(html: string): string[] {
  const box = document.createElement('div');
  box.innerHTML = html;
  return Array.from(box.children).map((c) => c.textContent ?? '');
}

expose({ kind: 'summernote', model: () => blocks(String($editor.summernote('code'))) });
