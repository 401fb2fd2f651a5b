/**
 * `BENCH=cli-process npm run bench`: `khung check` as a whole process, as an officer runs it — start
 * Node, load the command, read, check, print — against two floors measured in the same run, in turns:
 *  - a one-line .txt against `node -e 0` (start-up: target ≤ 2.5×);
 *  - a 5 MB report against a Node script that reads it, NFC-normalises it, splits it into lines and
 *    runs one regex a line (target ≤ 4×).
 * Ratios are medians of each pair's ratio, so they mean something on a busy machine where absolute
 * times do not. The command is built first (cli/vite.config.ts) into bench/.tmp/, as it ships.
 * Then, once each: a 20 MB text with no line break (one paragraph), and one made of Quốc hiệu and
 * Tiêu ngữ again and again (the header reader cuts it at each), their time and peak memory.
 * A miss is reported, not thrown: a bench is not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { generateReport } from './generate-report.ts';

const root = join(import.meta.dirname, '..');
const tmp = join(import.meta.dirname, '.tmp');
const outDir = join(tmp, 'cli-dist');
const ROUNDS = Math.max(5, Number(process.env.BENCH_RUNS ?? 15));

mkdirSync(tmp, { recursive: true });
await build({
  configFile: join(root, 'cli/vite.config.ts'),
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
});
const khung = join(outDir, 'main.js');

const oneLine = join(tmp, 'mot-dong.txt');
writeFileSync(oneLine, 'Công đoàn cơ sở đã tổ chức hội nghị người lao động năm 2024.\n');
const big = join(tmp, 'bao-cao-5mb.txt');
const base = generateReport().text;
const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(base));
// The report repeated to 5 MB: its parts run on, as a long compiled report does.
writeFileSync(big, Array.from({ length: copies }, () => base).join('\n'));
const floorScript = join(tmp, 'floor.mjs');
writeFileSync(
  floorScript,
  `import { readFileSync } from 'node:fs';
const text = readFileSync(process.argv[2], 'utf8');
const LABEL = /^\\s*(?:[IVX]+|\\d+)\\.\\s/;
let n = 0;
for (const line of text.normalize('NFC').split('\\n')) if (LABEL.test(line)) n++;
process.stdout.write(String(n));
`,
);

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);
const timeFile = join(tmp, 'time.txt');

/** One process, its output discarded: wall time, and CPU time (user + system) and peak RSS when GNU time is there. */
function measure(args: readonly string[]): { wall: number; cpu: number; rssMb: number } {
  const [command, argv] = hasGnuTime
    ? [GNU_TIME, ['-o', timeFile, '-f', '%U %S %M', process.execPath, ...args]]
    : [process.execPath, [...args]];
  const start = process.hrtime.bigint();
  const run = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')}: ${run.stderr}`);
  if (!hasGnuTime) return { wall, cpu: Number.NaN, rssMb: Number.NaN };
  // GNU time puts "Command exited with non-zero status 1" first when the check found errors.
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
  const [user, system, rss] = last.split(/\s+/).map(Number);
  return { wall, cpu: ((user ?? 0) + (system ?? 0)) * 1000, rssMb: (rss ?? 0) / 1024 };
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

interface Paired {
  floor: number;
  subject: number;
  ratio: number;
  cpuFloor: number;
  cpuSubject: number;
  cpuRatio: number;
}

/**
 * Runs the two commands in turns (alternating which goes first), after one warm-up of each: medians of
 * the wall times and of each pair's ratio, for wall time and for CPU time. On a busy machine the CPU
 * ratio is the steadier one: waiting for a core counts in wall time only.
 */
function paired(floor: readonly string[], subject: readonly string[], rounds = ROUNDS): Paired {
  measure(floor);
  measure(subject);
  const f: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  const cf: number[] = [];
  const cs: number[] = [];
  const cpuRatios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let a: ReturnType<typeof measure>;
    let b: ReturnType<typeof measure>;
    if (i % 2) {
      a = measure(subject);
      b = measure(floor);
    } else {
      b = measure(floor);
      a = measure(subject);
    }
    s.push(a.wall);
    f.push(b.wall);
    ratios.push(a.wall / b.wall);
    cs.push(a.cpu);
    cf.push(b.cpu);
    cpuRatios.push(a.cpu / b.cpu);
  }
  return {
    floor: median(f),
    subject: median(s),
    ratio: median(ratios),
    cpuFloor: median(cf),
    cpuSubject: median(cs),
    cpuRatio: median(cpuRatios),
  };
}

const row = (label: string, r: Paired, target: number) => {
  const verdict = (x: number) => (x <= target ? 'đạt' : 'CHƯA ĐẠT');
  const wall = `thời gian thực ${r.subject.toFixed(0)} / ${r.floor.toFixed(0)} ms = ${r.ratio.toFixed(2)}× (${verdict(r.ratio)})`;
  const cpu = hasGnuTime
    ? `; CPU ${r.cpuSubject.toFixed(0)} / ${r.cpuFloor.toFixed(0)} ms = ${r.cpuRatio.toFixed(2)}× (${verdict(r.cpuRatio)})`
    : '';
  return `  ${label} (mục tiêu ≤ ${target}×):\n    ${wall}${cpu}`;
};

console.log(`khung check cả tiến trình, ${ROUNDS} cặp lượt (trung vị của tỉ số từng cặp):`);
const start = paired(['-e', '0'], [khung, 'check', oneLine]);
console.log(row('tệp một dòng / node -e 0', start, 2.5));
const whole = paired([floorScript, big], [khung, 'check', big], Math.max(5, Math.round(ROUNDS / 2)));
console.log(row('báo cáo 5 MB / đọc+NFC+tách+regex', whole, 4));

// One paragraph of 20 MB: time and peak memory, once (GNU time gives the peak RSS when installed).
const paragraph = join(tmp, 'mot-doan-20mb.txt');
const sentence = 'Công đoàn cơ sở đã phối hợp với chuyên môn tổ chức tốt các phong trào thi đua, ';
writeFileSync(paragraph, sentence.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(sentence))));
const once = (label: string, file: string) => {
  const one = measure([khung, 'check', file]);
  const peak = hasGnuTime
    ? `, CPU ${(one.cpu / 1000).toFixed(1)} s, bộ nhớ đỉnh ${one.rssMb.toFixed(0)} MB`
    : '';
  console.log(`  ${label}: ${(one.wall / 1000).toFixed(1)} s${peak} (mục tiêu ≤ 15 s, < 1,5 GB)`);
};
once('một đoạn 20 MB', paragraph);
// Quốc hiệu and Tiêu ngữ again and again in one 20 MB paragraph: each is a cut for the header reader.
const cuts = join(tmp, 'mot-doan-20mb-phan-dau.txt');
const frame = 'Ủy ban CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Sở Độc lập - Tự do - Hạnh phúc ';
writeFileSync(cuts, frame.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(frame))));
once('một đoạn 20 MB toàn Quốc hiệu, Tiêu ngữ', cuts);
