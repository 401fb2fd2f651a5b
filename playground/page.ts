import { escapeHtml } from '../shared/core/text/escape-html.ts';
import { SAMPLES } from './samples.ts';
import { PLAYGROUND_OUTLINES } from './skeleton-docx-route.ts';

/** The outline the "Tải về .docx" picker starts on: the one the sample report is written from. */
const DOCX_DEFAULT = 'thanh-hoa-bao-cao-cdcs-nam-2023';

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f1f3f4; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; gap: 12px; align-items: center; padding: 8px 16px; background: #fff; border-bottom: 1px solid #dadce0; }
header h1 { font-size: 16px; margin: 0 12px 0 0; font-weight: 600; }
header .hint { color: #5f6368; font-size: 12px; margin-left: auto; }
#docx-outline { max-width: 220px; }
main { flex: 1; display: flex; min-height: 0; }
#canvas { flex: 1; overflow: auto; padding: 24px; }
#page { background: #fff; margin: 0 auto; box-shadow: 0 1px 3px rgba(60,64,67,.3); min-height: 1123px; position: relative; font-family: 'Times New Roman', 'Liberation Serif', serif; color: #000; }
#page p { margin: 0 0 4px; white-space: pre-wrap; min-height: 1.2em; position: relative; cursor: text; }
#page p[data-style]::before { content: attr(data-style); position: absolute; left: -78px; width: 68px; text-align: right; top: 2px; font: 10px system-ui, sans-serif; color: #1a73e8; }
#page p.list { padding-left: 18px; } #page p.list::after { content: '•'; position: absolute; left: 4px; top: 0; }
#page p.selected { background: #c8dcff; outline: 1px solid #8ab4f8; }
#page p[contenteditable=true] { outline: 2px solid #1a73e8; }
#page table { border-collapse: collapse; width: 100%; margin: 0 0 8px; table-layout: fixed; }
#page td { vertical-align: top; padding: 2px 4px; }
#page table.borderless td { border: 1px dashed #e8eaed; }
#page table.bordered td { border: 1px solid #000; }
.caret { display: inline-block; width: 0; border-left: 2px solid #000; height: 1.1em; margin: 0 -1px; vertical-align: text-bottom; animation: blink 1s steps(1) infinite; }
@keyframes blink { 50% { border-color: transparent; } }
aside { width: 300px; border-left: 1px solid #dadce0; background: #fff; display: flex; flex-direction: column; }
aside .title { padding: 10px 12px; font-weight: 600; border-bottom: 1px solid #dadce0; }
aside iframe { flex: 1; border: 0; width: 300px; }
`;

/** The playground page: the emulated document on the left, the real built sidebar on the right. */
export function playgroundPage(): string {
  const options = Object.entries(SAMPLES)
    .map(([id, s]) => `<option value="${id}">${s.label}</option>`)
    .join('');
  const outlines = PLAYGROUND_OUTLINES.map(
    (o) =>
      `<option value="${escapeHtml(o.id)}"${o.id === DOCX_DEFAULT ? ' selected' : ''}>${escapeHtml(o.title)}</option>`,
  ).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Khung — sân chơi tiện ích Google Tài liệu</title><style>${STYLE}</style></head>
<body>
<header>
  <h1>Khung · sân chơi</h1>
  <label>Văn bản mẫu: <select id="sample">${options}</select></label>
  <button id="load" type="button">Mở</button>
  <label title="Khung văn bản của đề cương, với thông tin đã điền ở thanh bên">Đề cương: <select id="docx-outline">${outlines}</select></label>
  <button id="docx" type="button">Tải về .docx</button>
  <span class="hint">Bấm vào văn bản để đặt con trỏ · bấm đúp để sửa một đoạn · <span id="calls"></span></span>
</header>
<main>
  <div id="canvas"><div id="page" aria-label="Văn bản (giả lập Google Tài liệu)"></div></div>
  <aside><div class="title">Khung</div><iframe id="sidebar" title="Khung" src="/sidebar"></iframe></aside>
</main>
<script type="module">${CLIENT}</script>
</body></html>`;
}

const CLIENT = `
const page = document.getElementById('page');
let version = -1;
let editing = false;
const PT = 96 / 72;
const STYLE_NAMES = { TITLE: 'Tiêu đề', HEADING1: 'Heading 1', HEADING2: 'Heading 2', HEADING3: 'Heading 3', HEADING4: 'Heading 4', HEADING5: 'Heading 5', HEADING6: 'Heading 6' };
const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const same = (a, b) => a && b && a.join('.') === b.join('.');

function paragraph(p, view) {
  const el = document.createElement('p');
  el.dataset.path = p.path.join('.');
  if (STYLE_NAMES[p.heading]) el.dataset.style = STYLE_NAMES[p.heading];
  if (p.list) el.classList.add('list');
  el.style.textAlign = { CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' }[p.align] || 'left';
  if (p.indentFirstLine) el.style.textIndent = p.indentFirstLine * PT + 'px';
  const caret = view.cursor && same(view.cursor.path, p.path) ? view.cursor.offset : -1;
  let at = 0;
  const put = (text, run) => {
    const span = document.createElement('span');
    span.textContent = text;
    if (run.bold) span.style.fontWeight = 'bold';
    if (run.italic) span.style.fontStyle = 'italic';
    if (run.color) span.style.color = run.color;
    if (run.size) span.style.fontSize = run.size + 'pt';
    el.appendChild(span);
  };
  for (const run of p.runs) {
    if (caret >= at && caret <= at + run.text.length && !el.querySelector('.caret')) {
      put(run.text.slice(0, caret - at), run);
      el.appendChild(Object.assign(document.createElement('span'), { className: 'caret' }));
      put(run.text.slice(caret - at), run);
    } else put(run.text, run);
    at += run.text.length;
  }
  if (caret >= 0 && !el.querySelector('.caret')) el.appendChild(Object.assign(document.createElement('span'), { className: 'caret' }));
  if (view.selection.some((s) => same(s, p.path))) el.classList.add('selected');
  return el;
}

function render(view) {
  page.style.width = view.page.width * PT + 'px';
  page.style.padding = [view.page.top, view.page.right, view.page.bottom, view.page.left].map((v) => v * PT + 'px').join(' ');
  page.replaceChildren();
  for (const item of view.items) {
    if (item.kind === 'p') { page.appendChild(paragraph(item, view)); continue; }
    const table = document.createElement('table');
    table.className = item.border > 0 ? 'bordered' : 'borderless';
    for (const row of item.rows) {
      const tr = table.insertRow();
      row.forEach((cell, c) => {
        const td = tr.insertCell();
        if (item.widths[c]) td.style.width = item.widths[c] * PT + 'px';
        for (const p of cell) td.appendChild(paragraph(p, view));
      });
    }
    page.appendChild(table);
  }
  const selected = page.querySelector('p.selected');
  if (selected) selected.scrollIntoView({ block: 'center' });
  document.getElementById('calls').textContent = view.calls + ' lệnh gọi Apps Script';
  page.dataset.version = String(view.version);
}

async function refresh() {
  if (editing) return;
  const view = await (await fetch('/doc')).json();
  if (view.version !== version) { version = view.version; render(view); }
}

function offsetIn(p) {
  const sel = window.getSelection();
  if (!sel || !sel.anchorNode || !p.contains(sel.anchorNode)) return p.textContent.length;
  const range = document.createRange();
  range.setStart(p, 0);
  range.setEnd(sel.anchorNode, sel.anchorOffset);
  return range.toString().length;
}

page.addEventListener('click', async (e) => {
  const p = e.target.closest('p');
  if (!p || editing) return;
  await post('/doc/cursor', { path: p.dataset.path.split('.').map(Number), offset: offsetIn(p) });
  refresh();
});

page.addEventListener('dblclick', (e) => {
  const p = e.target.closest('p');
  if (!p) return;
  editing = true;
  p.querySelector('.caret')?.remove();
  p.contentEditable = 'true';
  p.focus();
  const done = async () => {
    p.removeEventListener('blur', done);
    p.contentEditable = 'false';
    await post('/doc/edit', { path: p.dataset.path.split('.').map(Number), text: p.textContent, offset: offsetIn(p) });
    editing = false;
    refresh();
  };
  p.addEventListener('blur', done);
  p.addEventListener('keydown', (k) => { if (k.key === 'Enter') { k.preventDefault(); p.blur(); } });
});

document.getElementById('load').addEventListener('click', async () => {
  await post('/doc/reset', { sample: document.getElementById('sample').value });
  document.getElementById('sidebar').contentWindow.location.reload();
  refresh();
});
// "Tải về .docx": the server writes the Word file; the browser saves it from a blob, as the side panel does.
document.getElementById('docx').addEventListener('click', async () => {
  const id = document.getElementById('docx-outline').value;
  const res = await fetch('/skeleton.docx?outline=' + encodeURIComponent(id));
  if (!res.ok) { document.getElementById('calls').textContent = 'Không tạo được tệp Word.'; return; }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: id + '.docx' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
});
window.addEventListener('message', (e) => { if (e.data === 'khung:doc-changed') refresh(); });
setInterval(refresh, 700);
refresh();
`;
