/**
 * `npm run bench`: Khung's snippet search against Fuse.js on the same library (snippets/*.json) and
 * ~20 queries an officer types — half without diacritics, some cut short ("noi nh"). For each query:
 * the median time of one search, and whether the expected snippet is among the first three results.
 * Fuse runs twice: with its defaults, and with `ignoreDiacritics` (which still keeps đ ≠ d).
 * Target: ours faster than Fuse and right on every query with or without diacritics. A miss is
 * reported, not thrown: a bench is not a test.
 */
import Fuse from 'fuse.js';
import { loadSnippetFiles } from '../scripts/readme-tables.ts';
import { createSnippetIndex, searchSnippets } from '../shared/core/snippets/search-snippets.ts';
import type { Snippet } from '../shared/core/snippets/snippet-schema.ts';

const RUNS = Math.max(51, Number(process.env.BENCH_RUNS ?? 101));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

/** Query → the id the officer is looking for. */
const QUERIES: [string, string][] = [
  ['noi nhan bao cao', 'noi-nhan-bao-cao-cap-tren'],
  ['Nơi nhận quyết định', 'noi-nhan-quyet-dinh'],
  ['nhu dieu 3', 'noi-nhan-quyet-dinh'],
  ['noi nh', 'noi-nhan-bao-cao-cap-tren'],
  ['kinh gui ldld tinh', 'kinh-gui-ldld-tinh'],
  ['Kính gửi Tổng Liên đoàn', 'kinh-gui-tong-lien-doan'],
  ['can cu luat cong doan', 'can-cu-luat-cong-doan-2024'],
  ['Luật Công đoàn 2012', 'can-cu-luat-cong-doan-2012'],
  ['bo luat lao dong', 'can-cu-bo-luat-lao-dong-2019'],
  ['02-NQ/TW', 'can-cu-nghi-quyet-02-nq-tw-2021'],
  ['nghi dinh 30 van thu', 'can-cu-nghi-dinh-30-2020'],
  ['QĐ 933', 'can-cu-quyet-dinh-933-tld'],
  ['dieu le khoa xiii', 'can-cu-dieu-le-khoa-xiii'],
  ['tm ban chap hanh', 'chu-ky-tm-bch-chu-tich'],
  ['KT. Chủ tịch', 'chu-ky-kt-chu-tich'],
  ['thua lenh', 'chu-ky-tl-chu-tich'],
  ['tren day la bao cao', 'ket-thuc-bao-cao'],
  ['mở đầu kế hoạch', 'mo-dau-ke-hoach'],
  ['dia danh ngay thang', 'dia-danh-ngay-thang'],
  ['đặc khu', 'tieu-de-cong-doan-xa-phuong'],
  ['giỏi việc nước', 'cum-tu-gioi-viec-nuoc'],
  ['CNVCLD', 'cum-tu-cnvcld'],
];

type Engine = { name: string; search: (q: string) => Snippet[] };

/** Median time of `fn` in µs over RUNS runs after WARMUP; the result is kept so it is not optimised away. */
function medianMicros(fn: () => unknown): number {
  let sink: unknown;
  for (let i = 0; i < WARMUP; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    sink = fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? 0;
}

const snippets = loadSnippetFiles().flatMap((f) => f.snippets);
const fuseOptions = {
  keys: [
    { name: 'label', weight: 3 },
    { name: 'terms', weight: 2 },
    { name: 'body', weight: 1 },
    { name: 'group', weight: 0.5 },
  ],
  ignoreLocation: true,
  threshold: 0.4,
};

const buildOurs = medianMicros(() => createSnippetIndex(snippets));
const buildFuse = medianMicros(() => new Fuse(snippets, fuseOptions));
const index = createSnippetIndex(snippets);
const fuse = new Fuse(snippets, fuseOptions);
const fuseNd = new Fuse(snippets, { ...fuseOptions, ignoreDiacritics: true });

const engines: Engine[] = [
  { name: 'Khung', search: (q) => searchSnippets(index, q, { limit: 10 }) },
  { name: 'Fuse', search: (q) => fuse.search(q, { limit: 10 }).map((r) => r.item) },
  { name: 'Fuse+nd', search: (q) => fuseNd.search(q, { limit: 10 }).map((r) => r.item) },
];

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;
const qWidth = Math.max(...QUERIES.map(([q]) => [...q].length), 5);
console.log(`Thư viện: ${snippets.length} đoạn mẫu; mỗi truy vấn đo ${RUNS} lần, lấy trung vị (µs).`);
console.log(`Dựng chỉ mục: Khung ${buildOurs.toFixed(0)} µs, Fuse ${buildFuse.toFixed(0)} µs\n`);
console.log(`${pad('Truy vấn', qWidth)}  ${engines.map((e) => `${lpad(e.name, 8)} top3`).join('  ')}`);
const totals = engines.map(() => ({ micros: [] as number[], hits: 0 }));
for (const [query, expected] of QUERIES) {
  const cells = engines.map((engine, i) => {
    const micros = medianMicros(() => engine.search(query));
    const hit = engine
      .search(query)
      .slice(0, 3)
      .some((s) => s.id === expected);
    const t = totals[i];
    if (t) {
      t.micros.push(micros);
      if (hit) t.hits++;
    }
    return `${lpad(micros.toFixed(1), 8)}  ${hit ? ' ✓ ' : ' ✗ '}`;
  });
  console.log(`${pad(query, qWidth)}  ${cells.join('  ')}`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
console.log(
  `\n${pad('Trung vị / đúng', qWidth)}  ${totals
    .map((t) => `${lpad(median(t.micros).toFixed(1), 8)} ${lpad(`${t.hits}/${QUERIES.length}`, 5)}`)
    .join(' ')}`,
);
const [ours, plain, nd] = totals.map((t) => median(t.micros));
const fastest = Math.min(plain ?? Infinity, nd ?? Infinity);
const oursHits = totals[0]?.hits ?? 0;
console.log(
  (ours ?? Infinity) < fastest && oursHits === QUERIES.length
    ? `Đạt mục tiêu: nhanh hơn Fuse ${(fastest / (ours ?? 1)).toFixed(1)} lần và đúng ${oursHits}/${QUERIES.length} truy vấn.`
    : `CHƯA đạt mục tiêu: Khung ${ours?.toFixed(1)} µs, ${oursHits}/${QUERIES.length} đúng; Fuse nhanh nhất ${fastest.toFixed(1)} µs.`,
);
