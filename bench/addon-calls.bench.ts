/**
 * `npm run bench`: Apps Script service calls made by the built Code.js, counted by the DocumentApp
 * fake (playground/document-app/). Each call is a round trip to Google's servers in the real add-on
 * (Apps Script best practices: "minimize calls to other services"), so the budget is per paragraph:
 * reading ≤ 3, inserting ≤ 4. Property-store calls are listed apart: they are per action, not per
 * paragraph. The same limits are asserted by tests/apps-script/*.test.ts; a miss here is printed.
 * Then the live checklist's poll on a 100-page document: idle (one text read) and after an edit.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { CallLog, FakeGoogle, FakeParagraph } from '../playground/document-app/index.ts';
import { ADDON_DIR, builtFile, CodeJs, fakeWithAddon } from '../playground/run-code-js.ts';

const READ_BUDGET = 3;
const INSERT_BUDGET = 4;

if (!existsSync(resolve(ADDON_DIR, 'Code.js'))) {
  await build({
    configFile: resolve(import.meta.dirname, '../apps-script/vite.server.config.ts'),
    logLevel: 'warn',
  });
}

const split = (log: CallLog) => {
  let doc = 0;
  let props = 0;
  for (const [name, n] of log.counts) {
    if (name.startsWith('Properties')) props += n;
    else doc += n;
  }
  return { doc, props };
};

const params = {
  donVi: 'Công đoàn cơ sở Trường A',
  nam: '2025',
  ngay: 'ngày 05 tháng 12 năm 2025',
  nguoiKy: 'Nguyễn Văn An',
};
const rows: string[][] = [];
const perMethod = new Map<string, number>();
let worstRead = 0;
let worstInsert = 0;
const outlines = (JSON.parse(builtFile('KhungOutlines.html')) as Array<{ id: string }>).map((o) => o.id);
for (const id of outlines) {
  const fake = fakeWithAddon();
  const gas = new CodeJs(fake);
  fake.log.reset();
  gas.call('khungInsertOutline', id, params);
  const paragraphs = fake.doc.body.allParagraphs().length;
  const insert = split(fake.log);
  fake.log.reset();
  const checked = gas.call<{ doc: { blocks: unknown[] } }>('khungRead', id);
  const read = split(fake.log);
  for (const [name, n] of fake.log.counts) perMethod.set(name, (perMethod.get(name) ?? 0) + n);
  const insertRate = insert.doc / paragraphs;
  const readRate = read.doc / paragraphs;
  worstInsert = Math.max(worstInsert, insertRate);
  worstRead = Math.max(worstRead, readRate);
  rows.push([
    id,
    String(paragraphs),
    String(checked.doc.blocks.length),
    `${insert.doc}`,
    insertRate.toFixed(2),
    `${read.doc}`,
    readRate.toFixed(2),
    `${insert.props}/${read.props}`,
  ]);
}

const head = [
  'outline',
  'paragraphs',
  'blocks',
  'insert calls',
  '/para',
  'read calls',
  '/para',
  'props ins/read',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log('Apps Script service calls of the built Code.js, counted by the DocumentApp fake');
console.log(line(head));
for (const r of rows) console.log(line(r));
console.log(
  `\nworst insert: ${worstInsert.toFixed(2)} calls/paragraph (budget ${INSERT_BUDGET}) ${worstInsert <= INSERT_BUDGET ? 'OK' : 'MISSED'}`,
);
console.log(
  `worst read:   ${worstRead.toFixed(2)} calls/paragraph (budget ${READ_BUDGET}) ${worstRead <= READ_BUDGET ? 'OK' : 'MISSED'}`,
);
console.log('\ncalls of one read for a check, by method (all outlines):');
for (const [name, n] of [...perMethod].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`  ${name.padEnd(32)} ${n}`);

// The live checklist's poll (khungPoll) on a long document: while nothing changes it must cost one
// read of the tab's text; after an edit, one full read (the sidebar checks what it returns). "100 pages" is taken as 1 200
// paragraphs (≈ 12 paragraphs and 480 words a page of A4 in 14 pt Times New Roman), with a numbered
// heading every 12 paragraphs.
const PAGES = 100;
const PER_PAGE = 12;

function hundredPages(fake: FakeGoogle): FakeParagraph[] {
  const body = fake.doc.body;
  body.children.splice(0, body.children.length);
  const out: FakeParagraph[] = [];
  for (let page = 1; page <= PAGES; page++) {
    out.push(body.addParagraph(`${page}. Nội dung công tác thứ ${page}`, { heading: 'HEADING2' }));
    for (let k = 1; k < PER_PAGE; k++)
      out.push(
        body.addParagraph(
          `Đoạn ${k} của phần ${page}: Ban Chấp hành công đoàn cơ sở đã tổ chức hội nghị, vận động đoàn viên tham gia phong trào thi đua, chăm lo đời sống và bảo vệ quyền lợi hợp pháp của người lao động theo kế hoạch năm.`,
        ),
      );
  }
  return out;
}

/** Median of `runs` timings of `fn`, in ms. */
function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

{
  const fake = fakeWithAddon();
  const paragraphs = hundredPages(fake);
  const loadMs = median(5, () => new CodeJs(fake));
  const gas = new CodeJs(fake);
  const first = gas.call<{ signature: string }>('khungRead', 'auto');
  let signature = first.signature;
  fake.log.reset();
  gas.call('khungPoll', signature);
  const idle = split(fake.log);
  const idleReads = fake.log.counts.get('Body.getText') ?? 0;
  const idleMs = median(9, () => gas.call('khungPoll', signature));
  let edits = 0;
  const edit = () => {
    const p = paragraphs[600 + (edits++ % 11) + 1] as FakeParagraph;
    p.runs = [{ text: `${p.plainText()} Đã sửa lần ${edits}.`, attrs: {} }];
  };
  edit();
  fake.log.reset();
  signature = gas.call<{ signature: string }>('khungPoll', signature).signature;
  const changed = split(fake.log);
  const changedReads = fake.log.counts.get('Body.getText') ?? 0;
  const changedMs = median(5, () => {
    edit();
    signature = gas.call<{ signature: string }>('khungPoll', signature).signature;
  });
  console.log(
    `\nkhungPoll on a ${PAGES}-page document (${paragraphs.length} paragraphs), built Code.js in a vm, DocumentApp fake:`,
  );
  console.log(`  load Code.js (every google.script.run call pays it): ${loadMs.toFixed(1)} ms`);
  console.log(
    `  idle poll (no change):  ${idle.doc} Docs calls (${idleReads} text read${idleReads === 1 ? '' : 's'}), ${idle.props} property calls, ${idleMs.toFixed(1)} ms`,
  );
  console.log(
    `  poll after an edit:     ${changed.doc} Docs calls (${changedReads} whole-text read${changedReads === 1 ? '' : 's'}), ${changed.props} property calls, ${changedMs.toFixed(1)} ms (read; the sidebar checks)`,
  );
}
