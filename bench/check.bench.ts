/**
 * `npm run bench`: the full check of a 200-page report against the floor of any checker — a bare
 * linear scan of the same text (NFC, split into lines, one regex a line). Both are measured in this
 * run, on this machine, in turns, and the ratio is the median of each pair's ratio, so it means
 * something where absolute times do not. It runs bundled by vite, as the core ships (bench/run-all.ts).
 * Target (DESIGN.md §6): check ≤ 5 × floor. A miss is reported, not thrown: a bench is not a test.
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import { docFromText } from '../shared/core/document/from-text.ts';
import { analyzeDocument } from '../shared/core/headings/analyze-document.ts';
import { detectOutline } from '../shared/core/outline/detect-outline.ts';
import { checkDocument } from '../shared/core/rules/check-document.ts';
import { RULES } from '../shared/core/rules/registry.ts';
import type { RuleContext } from '../shared/core/rules/rule.ts';
import { HINT_CHARACTER } from '../shared/core/text/hint-characters.ts';
import { paragraphMarks } from '../shared/core/text/paragraph-marks.ts';
import { wordPass } from '../shared/core/text/word-scan.ts';
import { generateReport } from './generate-report.ts';

const TARGET_RATIO = 5;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const RUNS = Math.max(15, Number(process.env.BENCH_RUNS ?? 31));

/** The median wall time of `fn` in ms, after warm-up runs; `fn`'s result is kept so it is not optimised away. */
function median(fn: () => unknown): number {
  return medianOf(interleavedTimes([fn])[0] ?? []);
}

/** The median of a list of times. */
function medianOf(times: number[]): number {
  const sorted = times.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Where each measured run of each function lay on the performance.now() clock (GC entries use it). */
const windows: [number, number][][] = [];

/** Times (ms) of several functions run in turns, after warm-up runs of each: one list per function. */
function interleavedTimes(fns: (() => unknown)[], runs = RUNS, warmup = WARMUP): number[][] {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) for (const fn of fns) sink = fn();
  const times = fns.map((): number[] => []);
  windows.length = 0;
  for (const _ of fns) windows.push([]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const from = performance.now();
      const start = process.hrtime.bigint();
      sink = fn();
      times[k]?.push(Number(process.hrtime.bigint() - start) / 1e6);
      windows[k]?.push([from, performance.now()]);
    });
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return times;
}

const ms = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
const table = (rows: [string, string][]): string => {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
};

const { outlines, errors } = loadBuiltInOutlines();
if (errors.length > 0) console.warn(`Cảnh báo: có đề cương không hợp lệ:\n${errors.join('\n')}`);
const { text } = generateReport();
const doc = docFromText(text);

// (a) The floor: what any checker must do at least — read every character once.
const LABEL = /^\s*(?:[IVX]+|\d+)\.\s/;
const floor = (): number => {
  let matches = 0;
  for (const line of text.normalize('NFC').split('\n')) if (LABEL.test(line)) matches++;
  return matches;
};
// (b) The full check, as the CLI and the add-on run it (outlines loaded once, outside the timing).
const check = () => checkDocument(docFromText(text), { outline: 'auto', outlines });

const result = check();
console.log(
  `Văn bản thử: báo cáo 6 tháng, ${doc.blocks.length} đoạn, ${text.length.toLocaleString('vi')} ký tự`,
);
console.log(
  `Đề cương nhận ra: ${result.match?.outline.id ?? '(không có)'}; phát hiện: ${result.findings
    .map((f) => f.ruleId)
    .join(', ')}`,
);
console.log(`Đo: ${WARMUP} lần chạy khởi động, rồi trung vị của ${RUNS} lần đo…\n`);

// Interleaved (floor, check, floor, check…), and the ratio is the median of each pair's ratio: a
// burst of load on a shared machine slows the two runs of a pair alike, so it cancels out where a
// ratio of two separate medians would swing with it. The check's garbage collection stays in.
// Garbage collection inside the check's runs: V8 reports each pause as a 'gc' entry, delivered once
// the synchronous loop below yields; each is counted in the run whose window holds its start.
const gcPauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
const [floorTimes = [], checkTimes = []] = interleavedTimes([floor, check]);
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const checkWindows = windows[1] ?? [];
const gcInCheck = gcPauses.filter((g) => checkWindows.some(([a, b]) => g.start >= a && g.start <= b));
const gcMs = gcInCheck.reduce((sum, g) => sum + g.ms, 0) / RUNS;
const gcCount = gcInCheck.length / RUNS;
const floorMs = medianOf(floorTimes);
const checkMs = medianOf(checkTimes);
const ratio = medianOf(checkTimes.map((t, i) => t / (floorTimes[i] as number)));
const met = ratio <= TARGET_RATIO;
console.log(
  table([
    ['Số đoạn (blocks)', String(doc.blocks.length)],
    ['Số ký tự', text.length.toLocaleString('vi')],
    ['Sàn: NFC + tách dòng + 1 regex/dòng', ms(floorMs)],
    ['Kiểm tra đầy đủ (docFromText + checkDocument)', ms(checkMs)],
    ['Tỷ lệ kiểm tra / sàn (trung vị từng cặp)', `${ratio.toFixed(1)}×`],
    [
      'Thu gom rác trong mỗi lượt kiểm tra (trung bình)',
      `${ms(gcMs)}, ${gcCount.toFixed(1)} lần  (${pct(gcMs, checkTimes.reduce((a, b) => a + b, 0) / RUNS)})`,
    ],
    ['Mục tiêu', `≤ ${TARGET_RATIO}×`],
    ['Kết quả', met ? 'ĐẠT' : 'CHƯA ĐẠT'],
  ]),
);

// Where the check's time goes, measured cold as the check runs: each run builds a new document and
// analysis, then detection, the shared reading of words, and every rule in registry order, so
// detection pays for tokenising the paragraphs and the first rule to need the header or the closing
// pays for locating it (caches live on one analysis, never across runs).
const steps = new Map<string, number[]>();
const lap = (name: string, start: bigint): bigint => {
  const now = process.hrtime.bigint();
  const list = steps.get(name) ?? [];
  list.push(Number(now - start) / 1e6);
  steps.set(name, list);
  return now;
};
for (let run = 0; run < WARMUP + RUNS; run++) {
  if (run === WARMUP) steps.clear();
  let t = process.hrtime.bigint();
  const coldDoc = docFromText(text);
  t = lap('docFromText', t);
  const analysis = analyzeDocument(coldDoc);
  t = lap('analyzeDocument', t);
  const match = detectOutline(analysis, outlines);
  t = lap('detectOutline', t);
  // The reading of words the word rules share (text/word-scan.ts): made once, by the first rule that
  // asks; timed apart here so that rule's line shows its own work.
  wordPass(analysis.blocks);
  t = lap('wordPass', t);
  // The reading of marks the punctuation, date and term rules share (text/paragraph-marks.ts): made
  // once, by the first rule that asks; timed apart like the reading of words.
  paragraphMarks(analysis.blocks, coldDoc.blocks);
  t = lap('paragraphMarks', t);
  const context: RuleContext = { doc: coldDoc, analysis, outline: match?.outline ?? null, match };
  for (const rule of RULES) {
    let n = 0;
    rule.check(context, () => n++);
    t = lap(`quy tắc ${rule.id}`, t);
  }
}

const stepMs = [...steps].map(([name, times]) => [name, medianOf(times)] as const);
/** A step's share of the check and its size in floors (what the target counts in). */
const share = (t: number): string => `(${pct(t, checkMs)}, ${(t / floorMs).toFixed(2)}× sàn)`;
const stepsTotal = stepMs.reduce((sum, [, t]) => sum + t, 0);
const [fixed, rules] = [stepMs.slice(0, 5), stepMs.slice(5)];
console.log('\nThời gian kiểm tra chia ra (trung vị, đo lạnh theo đúng thứ tự của checkDocument):');
console.log(
  table([
    ...fixed.map(([name, t]): [string, string] => [name, `${ms(t)}  ${share(t)}`]),
    ...rules
      .slice()
      .sort((a, b) => b[1] - a[1])
      .filter(([, t]) => t >= 0.05)
      .map(([name, t]): [string, string] => [`  ${name}`, `${ms(t)}  ${share(t)}`]),
    [`  ${rules.filter(([, t]) => t < 0.05).length} quy tắc khác, mỗi quy tắc < 0,05 ms`, ''],
    ['Tổng các bước', ms(stepsTotal)],
  ]),
);

// What stands between the check and the target: the budget, and the cost of merely building one
// object a paragraph — before any rule reads a character.
const blocksOnly = (): number =>
  text.split('\n').map((line, i) => ({ text: line.trim(), style: {}, line: i + 1 })).length;
const blocksMs = median(blocksOnly);
// One native regex test a paragraph, as the analysis makes for the hint characters: the least a
// check that reads every paragraph's characters pays on top of building the paragraphs.
const scanOnly = (): number => {
  let n = 0;
  for (const block of doc.blocks) if (HINT_CHARACTER.test(block.text)) n++;
  return n;
};
const scanMs = median(scanOnly);

console.log('\nNgân sách và phần không tránh được:');
console.log(
  table([
    [`Ngân sách ${TARGET_RATIO} × sàn`, ms(TARGET_RATIO * floorMs)],
    [
      `Chỉ tách dòng và tạo ${doc.blocks.length} đối tượng đoạn`,
      `${ms(blocksMs)}  (${(blocksMs / floorMs).toFixed(1)}× sàn)`,
    ],
    [
      'Một regex mỗi đoạn trên mọi đoạn (dấu hiệu ký tự)',
      `${ms(scanMs)}  (${(scanMs / floorMs).toFixed(1)}× sàn)`,
    ],
  ]),
);
console.log(
  met
    ? `\nĐẠT: kiểm tra đầy đủ mất ${ratio.toFixed(1)}× thời gian quét tuyến tính (mục tiêu ≤ ${TARGET_RATIO}×).`
    : `\nCHƯA ĐẠT: kiểm tra đầy đủ mất ${ratio.toFixed(1)}× thời gian quét tuyến tính, vượt mục tiêu ≤ ${TARGET_RATIO}×.`,
);
