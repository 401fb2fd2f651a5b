import { headerOf } from '../formal/locate-header.ts';
import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';
import { isHeadingScheme } from '../headings/numbering.ts';
import { isSpaceUnit } from '../text/space-unit.ts';
import { SCAN, type WordPass, wordPass } from '../text/word-scan.ts';

/** The paragraphs whose capitals follow the rules of running text (NĐ 30/2020, Phụ lục II, mục I). */
export const PROSE_KINDS: ReadonlySet<string> = new Set([
  'body',
  'list-item',
  'heading',
  'subject',
  'closing',
]);

/** PROSE_KINDS.has(kind), by comparing with each (V8 compares these constant strings by address). */
const isProseKind = (kind: string): boolean =>
  kind === 'body' || kind === 'list-item' || kind === 'heading' || kind === 'subject' || kind === 'closing';

/** What a letter-case rule reads of one paragraph: its analysed text and where its own words start. */
export interface ProseBlock {
  info: BlockInfo;
  text: string;
  /** Index in `text` after the list mark or number ("- ", "a) ", "2.1. "). */
  lead: number;
  /**
   * The words that begin with a capital — every case rule reads only these (and few others) — are
   * those of `pass` from `from` to `to` - 1: where each starts (pass.capAt) and the hash of the word
   * in lower case (pass.capHash; headOf gives the word itself).
   */
  from: number;
  to: number;
  pass: WordPass;
}

/**
 * The running-text paragraphs of a document as numbers, no object a paragraph: `blocks` holds the
 * index of each (in analysis.blocks and in the word reading `pass`), `count` of them. A rule that
 * visits only some paragraphs makes a ProseBlock (proseBlockAt) for those alone.
 */
export interface ProseIndex {
  analysis: DocAnalysis;
  pass: WordPass;
  blocks: Int32Array;
  count: number;
  /** ProseBlock.lead of each. */
  leads: Int32Array;
  /** The text of each, read here where the BlockInfo is at hand: a rule need not load the object. */
  texts: string[];
  /** 1 for each Nơi nhận item (kind "closing"). */
  closing: Uint8Array;
  /**
   * 1 for each whose lead surely follows no "; " or ", " (what would keep a capital there from being
   * a sentence start): no number (the lead is at most a space and a list mark in), a lead two units
   * or more past the number (two units skipMark skipped), or a list mark (only spaces and the mark
   * come before it). Tested against the text.
   */
  plainLead: Uint8Array;
}

const indexes = new WeakMap<DocAnalysis, ProseIndex>();

/**
 * The running-text paragraphs of a document, computed once per analysis: body text, list items,
 * headings in sentence case, trích yếu lines and Nơi nhận items; not the header lines (issuers, Quốc
 * hiệu, Số, date), not lines in capitals (the signature, titles), whose capitals have rules of their own.
 */
export function proseIndex(analysis: DocAnalysis): ProseIndex {
  const hit = indexes.get(analysis);
  if (hit) return hit;
  const header = headerOf(analysis);
  const all = analysis.blocks;
  // The header's lines, marked in a table (a paragraph index each) rather than a set.
  const skip = new Uint8Array(all.length);
  for (const l of [...header.issuers, header.quocHieu, header.tieuNgu, header.so, header.date, header.title])
    if (l && l.block >= 0 && l.block < all.length) skip[l.block] = 1;
  const pass = wordPass(all);
  const blocks = new Int32Array(all.length);
  const leads = new Int32Array(all.length);
  const texts: string[] = [];
  const closing = new Uint8Array(all.length);
  const plainLead = new Uint8Array(all.length);
  let count = 0;
  // Indexed: a for-of makes an iterator result a step in code V8 has not optimised.
  for (let b = 0; b < all.length; b++) {
    const info = all[b] as BlockInfo;
    if (!isProseKind(info.kind) || skip[info.index] === 1) continue;
    if (info.index < header.bodyStart && analysis.doc.blocks[info.index]?.table) continue;
    // A lower-case letter (/[a-z\u00E0-\u01B0\u1EA1-\u1EF9]/), and isAllCaps's own first test
    // (a-z), by the shared reading's bits.
    const units = pass.flags[info.index] as number;
    if ((units & SCAN.SMALL) === 0 || ((units & SCAN.ASCII_SMALL) === 0 && isAllCaps(info.text))) continue;
    // skipMark(text, titleStart), the text read only when the analysis's first unit there
    // (leadUnits: the unit at titleStart, 0 past the end) is one skipMark skips.
    const { numbering } = info;
    const start = numbering?.titleStart ?? 0;
    const lead = isMarkUnit(analysis.leadUnits[b] as number) ? skipMark(info.text, start) : start;
    leads[count] = lead;
    if (start === 0 || lead >= start + 2 || (numbering && !isHeadingScheme(numbering.scheme)))
      plainLead[count] = 1;
    texts.push(info.text);
    if (info.kind === 'closing') closing[count] = 1;
    blocks[count++] = b;
  }
  const prose = { analysis, pass, blocks, count, leads, texts, closing, plainLead };
  indexes.set(analysis, prose);
  return prose;
}

/** The k-th running-text paragraph's BlockInfo (0 ≤ k < prose.count). */
export const proseInfo = (prose: ProseIndex, k: number): BlockInfo =>
  prose.analysis.blocks[prose.blocks[k] as number] as BlockInfo;

/** ProseBlock.lead of the k-th running-text paragraph. */
export const leadAt = (prose: ProseIndex, k: number): number => prose.leads[k] as number;

/** The k-th running-text paragraph (0 ≤ k < prose.count) as a ProseBlock, made anew. */
export function proseBlockAt(prose: ProseIndex, k: number): ProseBlock {
  const info = proseInfo(prose, k);
  const { pass } = prose;
  const from = pass.capFrom[info.index] as number;
  const to = pass.capFrom[info.index + 1] as number;
  return { info, text: info.text, lead: leadAt(prose, k), from, to, pass };
}

const cache = new WeakMap<DocAnalysis, ProseBlock[]>();

/** Every paragraph of proseIndex as a ProseBlock, made once per analysis. */
export function proseBlocks(analysis: DocAnalysis): ProseBlock[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const prose = proseIndex(analysis);
  const out: ProseBlock[] = new Array(prose.count);
  for (let k = 0; k < prose.count; k++) out[k] = proseBlockAt(prose, k);
  cache.set(analysis, out);
  return out;
}

/** What /^[\s\-–+•*]*\/u reads of the text from `from` on: where the words after a list mark start. */
export function skipMark(text: string, from: number): number {
  let j = from;
  while (isMarkUnit(text.charCodeAt(j))) j++;
  return j;
}
const MARK_UNITS = new Set([0x2d, 0x2013, 0x2b, 0x2022, 0x2a]);
/** A unit skipMark skips: a space or a list mark. */
const isMarkUnit = (c: number): boolean => isSpaceUnit(c) || MARK_UNITS.has(c);
