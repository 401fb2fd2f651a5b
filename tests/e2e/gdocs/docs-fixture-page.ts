// The fixture page that stands in for a Google Docs document (the surfaces the bridge relies on,
// HOSTS.md §2): a `.docs-texteventtarget-iframe` whose editable body receives paste / typed input,
// and — unless ?variant=no-canvas — an annotated canvas (`.kix-canvas-tile-content svg g[role=paragraph]
// rect[aria-label]`) redrawn from the document model. `window.fixture` exposes the model to the test.
//
// Variants (?variant=…): normal — handles a paste (and cancels it), like Docs; typing — ignores
// paste, takes typed input (execCommand insertText); dead — ignores untrusted events (so only the
// clipboard is left); no-canvas — like normal but without the annotated canvas (unverifiable);
// swallow — cancels the paste and shows nothing; garble — takes the paste but writes something else
// (the text changes, not as expected).

const PAGE_SCRIPT = String.raw`
const variant = new URLSearchParams(location.search).get('variant') || 'normal';
const fixture = (window.fixture = {
  model: ['CÔNG ĐOÀN VIỆT NAM', 'I. TÌNH HÌNH CHUNG', 'Đầu đoạn cuối đoạn.', 'II. KIẾN NGHỊ'],
  caret: { p: 2, offset: 'Đầu đoạn '.length },
  pastes: 0,
  typed: 0,
  swallowed: 0,
});
function insertAtCaret(text) {
  const lines = text.split('\n');
  const line = fixture.model[fixture.caret.p];
  const head = line.slice(0, fixture.caret.offset);
  const tail = line.slice(fixture.caret.offset);
  const middle = lines.slice(1, -1);
  if (lines.length === 1) {
    fixture.model[fixture.caret.p] = head + text + tail;
    fixture.caret.offset += text.length;
  } else {
    const last = lines[lines.length - 1];
    fixture.model.splice(fixture.caret.p, 1, head + lines[0], ...middle, last + tail);
    fixture.caret = { p: fixture.caret.p + lines.length - 1, offset: last.length };
  }
  // Docs repaints asynchronously; the bridge must read back after the current turn.
  setTimeout(render, 20);
}
function render() {
  if (variant === 'no-canvas') return;
  const svg = document.querySelector('.kix-canvas-tile-content svg');
  svg.replaceChildren(...fixture.model.map((text, i) => {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('role', 'paragraph');
    for (const [j, word] of text.split(/(?<= )/).entries()) {
      const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      r.setAttribute('aria-label', word);
      r.setAttribute('x', String(j * 40));
      r.setAttribute('y', String(i * 20));
      g.append(r);
    }
    return g;
  }));
}
const frame = document.querySelector('.docs-texteventtarget-iframe');
const doc = frame.contentDocument;
doc.open();
doc.write('<!doctype html><html><body><div contenteditable="true" role="textbox" aria-label="Document content"></div></body></html>');
doc.close();
const target = doc.querySelector('[contenteditable]');
target.addEventListener('paste', (e) => {
  if (variant === 'typing' || (variant === 'dead' && !e.isTrusted)) return;
  e.preventDefault();
  if (variant === 'swallow') {
    fixture.swallowed++;
    return;
  }
  fixture.pastes++;
  const text = e.clipboardData.getData('text/plain');
  insertAtCaret(variant === 'garble' ? text.split('').reverse().join('') : text);
});
target.addEventListener('input', () => {
  const text = target.innerText.replace(/\n$/, '').replace(/\u00a0/g, ' ');
  target.textContent = '';
  if (variant !== 'typing' || text === '') return;
  fixture.typed++;
  insertAtCaret(text);
});
render();
`;

/** The HTML of the fixture "Docs" page. */
export function docsFixtureHtml(): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo cáo - Google Tài liệu (fixture)</title></head>
<body>
<div class="kix-appview-editor"><div class="kix-canvas-tile-content"><svg width="800" height="200"></svg></div></div>
<iframe class="docs-texteventtarget-iframe" tabindex="-1" style="position:absolute;top:-10000px" title="Rich Text Area"></iframe>
<script>${PAGE_SCRIPT}</script>
</body></html>`;
}

/** A Docs-like HTML export (the shape Docs writes: <h1>–<h6>, <p class="c…"><span>, a list, a table). */
export const EXPORT_HTML = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">.c1{font-weight:700}</style></head>
<body class="c5 doc-content"><p class="c3 title" id="h.t"><span class="c1">BÁO CÁO</span></p>
<p class="c2"><span>Kết quả hoạt động 6 tháng đầu năm</span></p>
<h1 class="c4" id="h.1"><span class="c1">I. TÌNH HÌNH CHUNG</span></h1>
<p class="c2"><span>Đoàn viên&nbsp;tăng.</span></p>
<h2 class="c4" id="h.2"><span>1. Thuận lợi</span></h2>
<ul class="c6 lst-kix_a-0 start"><li class="c0 li-bullet-0"><span>Được quan tâm</span></li></ul>
<table class="c7"><tr><td class="c8"><p class="c2"><span>Ô bảng</span></p></td></tr></table>
<h1 class="c4" id="h.3"><span class="c1">II. KIẾN NGHỊ</span></h1>
<p class="c2 c9"><span></span></p>
</body></html>`;

/** The export of a second document tab (`&tab=t.second`), whose text differs from the first's. */
export const EXPORT_HTML_SECOND_TAB = `<html><body class="doc-content"><h1 class="c4"><span>PHỤ LỤC</span></h1>
<p class="c2"><span>Bảng số liệu đoàn viên.</span></p></body></html>`;

/** The second tab's export as the bridge must read it. */
export const EXPORT_READ_SECOND_TAB = {
  paragraphs: ['PHỤ LỤC', 'Bảng số liệu đoàn viên.'],
  headingLevels: [1, 0],
};

/** The export's paragraphs and levels as the bridge must read them. */
export const EXPORT_READ = {
  paragraphs: [
    'BÁO CÁO',
    'Kết quả hoạt động 6 tháng đầu năm',
    'I. TÌNH HÌNH CHUNG',
    'Đoàn viên tăng.',
    '1. Thuận lợi',
    'Được quan tâm',
    'Ô bảng',
    'II. KIẾN NGHỊ',
    '',
  ],
  headingLevels: [0, 0, 1, 0, 2, 0, 0, 1, 0],
};
