import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { flattenSections } from '../../shared/core/outline/flatten-sections.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import { hasSeeds, outlinesDir, seedsDir } from './library-files.ts';

/**
 * An outline read from a seed must say what the seed says: every title as the seed words it (a
 * title may stop where the seed's heading goes on into a prompt, the rest being guidance), in the
 * seed's order, every prompt word for word, and no paragraph of the seed's sections left out.
 * Compared by words, without case and punctuation; a year is any year, so that a title may follow
 * the year parameter ("NĂM {{nam}}").
 */
const { outlines } = loadBuiltInOutlines(outlinesDir);
const fromSeeds = outlines.filter((o) => o.provenance.seed !== undefined);

const YEAR = '#năm';
/** The words of a text: lower-cased, NFC, "Ð" (eth, a conversion slip) as "đ", years and {{nam…}} as YEAR. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .replace(/\u00d0/g, 'Đ')
      .replace(/\{\{\s*nam(Sau|Truoc)?\s*\}\}/g, ' 2000 ')
      .toLocaleLowerCase('vi')
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  ).map((w) => (/^(19|20)\d\d$/.test(w) ? YEAR : w));
}

/** A heading's number at the start of a seed line: "I.", "2.", "1.1.", "a)", "PHẦN THỨ NHẤT". */
const LABEL = /^\s*(?:\*+\s*)?(?:PHẦN\s+THỨ\s+\S+|([IVXL]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)])\s*/iu;

interface Word {
  word: string;
  line: number;
  /** The first word of its line after the heading number. */
  lineStart: boolean;
}

/** The seed as one stream of words, each with its line; a line's label is kept apart. */
function seedStream(text: string) {
  const lines = text.split(/\r?\n/);
  const labels: string[] = [];
  const stream: Word[] = [];
  for (const [line, raw] of lines.entries()) {
    const m = LABEL.exec(raw);
    labels.push(m?.[1] ?? '');
    const ws = words(m ? raw.slice(m[0].length) : raw);
    for (const [i, word] of ws.entries()) stream.push({ word, line, lineStart: i === 0 });
  }
  return { lines, labels, stream };
}

type Stream = ReturnType<typeof seedStream>;

/** The first index ≥ from where `ws` occur in a row (at a line's start when asked), or -1. */
function find(s: Stream, ws: string[], from: number, atLineStart: boolean): number {
  outer: for (let i = from; i + ws.length <= s.stream.length; i++) {
    if (atLineStart && !s.stream[i]?.lineStart) continue;
    for (let j = 0; j < ws.length; j++) if (s.stream[i + j]?.word !== ws[j]) continue outer;
    return i;
  }
  return -1;
}

/** Where a seed's sections end: the closing, Nơi nhận, a signature or a separator after the last heading. */
const SECTIONS_END = /^\s*(?:\*+\s*)?(?:Trên đây|Nơi nhận|-{3,}|T\/?M\.|KT\.|Đề nghị các)/u;

interface Comparison {
  /** Titles not found where the seed has a heading, in order: "II.2 «title»". */
  titles: string[];
  /** Prompts not found word for word in the seed. */
  guidance: string[];
  /** Seed lines within the sections that neither a title nor a prompt holds. */
  dropped: string[];
}

/**
 * The seeds' own slips, which an outline must not copy into every officer's document: each is a fault
 * of the seed's annotation in ../shared/corpus (spelling; a doubled word). The seed is read corrected.
 */
const SEED_SLIPS: ReadonlyArray<[string, string]> = [
  ['doanh ngiệp', 'doanh nghiệp'],
  ['phân đấu', 'phấn đấu'],
  ['đề thích ứng', 'để thích ứng'],
  ['quản chúng', 'quần chúng'],
  ['thực tiển', 'thực tiễn'],
  ['của của', 'của'],
];

function compare(outline: Outline, seedText: string): Comparison {
  // A slip may be cut by a page break of the conversion ("doanh\n\nngiệp"): any white space between words.
  const corrected = SEED_SLIPS.reduce(
    (text, [slip, right]) => text.replace(new RegExp(slip.replaceAll(' ', '\\s+'), 'gu'), right),
    seedText,
  );
  const s = seedStream(corrected);
  const used = new Uint8Array(s.stream.length);
  const take = (at: number, n: number) => used.fill(1, at, at + n);
  const out: Comparison = { titles: [], guidance: [], dropped: [] };
  let cursor = 0;
  let firstLine = -1;
  let lastLine = -1;
  for (const flat of flattenSections(outline)) {
    const title = words(flat.section.title);
    const at = find(s, title, cursor, true);
    const line = s.stream[at]?.line ?? -1;
    const label = s.labels[line] ?? '';
    const labelOk = flat.section.label === undefined || flat.section.numbering === 'phan' || label === '';
    if (at < 0 || !(labelOk || label.toUpperCase() === flat.section.label?.toUpperCase())) {
      out.titles.push(`${flat.path} «${flat.section.title}»`);
      continue;
    }
    take(at, title.length);
    if (firstLine < 0) firstLine = line;
    lastLine = Math.max(lastLine, line);
    cursor = at + title.length;
    // A prompt may repeat its heading's words: the whole numbered paragraph kept as guidance.
    let from = at;
    for (const g of flat.section.guidance ?? []) {
      const gw = words(g);
      const gAt = find(s, gw, from, false);
      if (gAt < 0) {
        out.guidance.push(`${flat.path} «${g}»`);
        continue;
      }
      take(gAt, gw.length);
      // Not the next title's cursor: a footnote's prompt stands at the seed's end.
      from = gAt + gw.length;
      lastLine = Math.max(lastLine, s.stream[gAt + gw.length - 1]?.line ?? lastLine);
    }
  }
  // The sections run from the first title to the closing (or the end of the seed) after the last.
  let end = lastLine + 1;
  while (end < s.lines.length && !SECTIONS_END.test(s.lines[end] ?? '')) end++;
  const unused = new Set<number>();
  for (const [i, w] of s.stream.entries())
    if (!used[i] && w.line >= firstLine && w.line < end) unused.add(w.line);
  out.dropped = [...unused].map((l) => `${l + 1}: ${(s.lines[l] ?? '').trim()}`);
  return out;
}

describe.skipIf(!hasSeeds)('every seed-based outline against its seed (../shared/seeds)', () => {
  it('there are seed-based outlines to compare', () => expect(fromSeeds.length).toBeGreaterThan(4));

  describe.each(fromSeeds.map((o) => [o.id, o] as const))('%s', (_, outline) => {
    const seed = readFileSync(join(seedsDir, outline.provenance.seed ?? ''), 'utf8');
    const result = compare(outline, seed);

    it('has every title as its seed words it, in the order of the seed', () =>
      expect(result.titles, 'mục không có trong văn bản gốc, hoặc viết khác đi').toEqual([]));

    it('has every prompt word for word from its seed', () =>
      expect(result.guidance, 'hướng dẫn không có trong văn bản gốc').toEqual([]));

    it("drops no paragraph of its seed's sections", () =>
      expect(result.dropped, 'đoạn của văn bản gốc mà đề cương bỏ mất').toEqual([]));

    it('prints the year parameter, not a fixed year, in every top-level heading', () => {
      const headings = renderSkeleton(outline, { nam: '2031' }).filter(
        (b) => b.role === 'heading' && b.level === 1,
      );
      for (const h of headings) {
        const title = flattenSections(outline).find((f) => f.section.id === h.sectionId)?.section.title ?? '';
        const year = /\{\{\s*namSau\s*\}\}/.test(title)
          ? '2032'
          : /\{\{\s*nam\s*\}\}/.test(title)
            ? '2031'
            : '';
        expect(h.text.replace(/\b2031\b|\b2032\b/g, ''), 'năm cố định trong tiêu đề mục').not.toMatch(
          /\d{4}/,
        );
        if (year) expect(h.text, `${h.text}: năm theo tham số`).toContain(year);
      }
    });
  });
});

describe.skipIf(hasSeeds)('outlines against their seeds: skipped, ../shared/seeds is absent', () => {
  it('has no seed documents to compare with outside the workspace', () => expect(hasSeeds).toBe(false));
});
