import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldInPlace, foldUnitByDefinition } from '../../../../shared/core/formal/fold-in-place.ts';
import {
  COLUMN_GAP,
  columnGaps,
  headerSegments,
  type Segment,
} from '../../../../shared/core/formal/header-segments.ts';
import { parseSoKyHieu } from '../../../../shared/core/formal/so-ky-hieu.ts';

const root = join(import.meta.dirname, '../../../..');

/** The readable definition of foldInPlace: one code point at a time. */
function foldByCodePoint(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const base = lower.length === ch.length ? (lower.normalize('NFD')[0] ?? lower) : ch;
    out += base === 'đ' || base === 'ð' ? 'd' : base.length === ch.length ? base : ch;
  }
  return out;
}

const QH = /cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s*nam/;
const TN = /doc\s*lap\s*[-–—_,.]*\s*tu\s*do\s*[-–—_,.]*\s*hanh\s*phuc/;
const GAP = /\t+|[ ]{3,}|\s*(?:<br\s*\/?>|[\n\v\u2028])\s*/gi;

/** The readable definition of headerSegments: the whole rest of the line read at each gap, each piece folded anew. */
function segmentsByDefinition(text: string): Segment[] {
  const pieces: Segment[] = [];
  let from = 0;
  for (const gap of text.matchAll(GAP)) {
    const at = gap.index ?? 0;
    const next = text.charAt(at + gap[0].length);
    const before = text.slice(from, at);
    const after = text.slice(at + gap[0].length);
    const dateBlank = /(?:ngày|tháng)$/iu.test(before) || /^(?:tháng|năm)\b/u.test(after);
    if (next === '/' || dateBlank || /(?:^|\s)(?:Số|SỐ|số):?$/u.test(before)) continue;
    pieces.push({ start: from, end: at });
    from = at + gap[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const split = (piece: Segment): Segment[] => {
    const folded = foldByCodePoint(text.slice(piece.start, piece.end));
    for (const pattern of [QH, TN]) {
      const m = pattern.exec(folded);
      if (m && m.index > 0 && /\S/.test(folded.slice(0, m.index))) {
        const cut = piece.start + m.index;
        return [...split({ start: piece.start, end: cut }), ...split({ start: cut, end: piece.end })];
      }
    }
    const so = parseSoKyHieu(text.slice(0, piece.end), piece.start);
    if (so && /\S/.test(text.slice(so.end, piece.end))) {
      return [{ start: piece.start, end: so.end }, ...split({ start: so.end, end: piece.end })];
    }
    return [piece];
  };
  const trim = ({ start, end }: Segment): Segment => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    return { start, end };
  };
  return pieces
    .flatMap(split)
    .map(trim)
    .filter((s) => s.end > s.start);
}

/** Pieces of header lines, and what sits between them, to build lines from. */
const HEADER_TOKENS = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Cộng hoà xã hội chủ nghĩa Việt Nam',
  'Độc lập - Tự do - Hạnh phúc',
  'ĐỘC LẬP – TỰ DO – HẠNH PHÚC',
  'LIÊN ĐOÀN LAO ĐỘNG TỈNH',
  'Số:',
  'SỐ',
  'số 12/KH-LĐLĐ',
  '/BC-CĐ',
  'Long An, ngày',
  'ngày',
  'tháng',
  'năm 2025',
  'Tháng',
  'x',
  '\t',
  '   ',
  '      ',
  ' ',
  '\n',
  '<br>',
  '\u2028',
  '\u00a0',
  'Đ',
  'İ',
  '😀',
  '\ud800',
];

describe('foldInPlace', () => {
  it('folds every UTF-16 unit as the definition does, keeping the length', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = c >= 0xd800 && c <= 0xdfff ? ch : foldUnitByDefinition(ch);
      if (foldInPlace(ch) !== want) expect(`U+${c.toString(16)} → ${foldInPlace(ch)}`).toBe(want);
    }
  });

  it('is the code point by code point definition on any text (pairs, lone halves, long runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(foldInPlace(s)).toBe(foldByCodePoint(s));
      }),
      { numRuns: 1000 },
    );
    const long = 'Cộng Hòa 😀 Đ\ud800 '.repeat(1500);
    expect(foldInPlace(long)).toBe(foldByCodePoint(long));
  });
});

describe('columnGaps', () => {
  it('finds what COLUMN_GAP matches, where it matches', () => {
    const units = [
      ' ',
      '\t',
      '\n',
      '\v',
      '\u2028',
      '\u00a0',
      '\u3000',
      '<br>',
      '<BR/>',
      '<br />',
      '<br / >',
      '<b',
      '<',
      'a',
      '/',
      'Số',
    ];
    const line = fc.array(fc.constantFrom(...units), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(line, (text) => {
        const byRegex = [...text.matchAll(COLUMN_GAP)].map((m) => [m.index, m.index + m[0].length]);
        expect(columnGaps(text)).toEqual(byRegex);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('headerSegments', () => {
  it('splits as the definition (whole rest of the line, each piece folded anew) does', () => {
    const line = fc.array(fc.constantFrom(...HEADER_TOKENS), { maxLength: 14 }).map((t) => t.join(''));
    fc.assert(
      fc.property(line, (text) => {
        expect(headerSegments(text)).toEqual(segmentsByDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('asked twice about one paragraph, gives the same answer', () => {
    const text = 'LIÊN ĐOÀN LAO ĐỘNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(headerSegments(text)).toEqual(headerSegments(`${text} `.trim()));
    expect(headerSegments(text)).toEqual(segmentsByDefinition(text));
  });
});

/**
 * Huge paragraphs on which the header reader was quadratic (the rest of the paragraph folded again at
 * each cut, one stack frame a cut, the gap regex backtracking over a run of NBSP): each is read in a
 * child process, under a generous bound that the quadratic reader misses by far (minutes, or a stack
 * overflow), while the linear one needs well under a second a paragraph.
 */
describe('the header reader on a 4 MB paragraph', () => {
  it('reads each in linear time', () => {
    const script = `
      import { docFromText } from './shared/core/document/from-text.ts';
      import { analyzeDocument } from './shared/core/headings/analyze-document.ts';
      import { headerOf } from './shared/core/formal/locate-header.ts';
      import { hasSoLine } from './shared/core/formal/fragment.ts';
      const MB = 4 * 1024 * 1024;
      const cases = {
        gaps: 'Số 12   ngày   tháng   '.repeat(MB / 24),
        cuts: 'Ủy ban CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Sở Độc lập - Tự do - Hạnh phúc '.repeat(MB / 72),
        prose: 'Công đoàn cơ sở đã phối hợp với chuyên môn tổ chức tốt các phong trào thi đua, '.repeat(MB / 80),
        nbsp: \`a\${'\\u00a0'.repeat(MB)}b\`,
      };
      for (const [name, text] of Object.entries(cases)) {
        const analysis = analyzeDocument(docFromText(text));
        headerOf(analysis);
        hasSoLine(analysis);
        process.stdout.write(name + ' ');
      }
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('gaps cuts prose nbsp ');
  }, 70_000);
});
