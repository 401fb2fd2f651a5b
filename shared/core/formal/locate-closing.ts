import type { BlockInfo, DocAnalysis, DocPart } from '../headings/block-info.ts';
import {
  isCapitals,
  isPersonName,
  isSignatureNote,
  isTitleText,
  parseAuthority,
} from './closing-signature.ts';

/** A piece of one block's text: [start, end) in the block's original text, and the text (normalised). */
export interface Span {
  block: number;
  start: number;
  end: number;
  text: string;
  /** The piece is the whole paragraph (so the paragraph's style is its style). */
  whole: boolean;
  /** A Nơi nhận line that continues the one above it (a recipient wrapped with a line break). */
  continues?: boolean;
}

/** What a line of the signature block is (NĐ 30/2020, Phụ lục I, mục II.7). */
export type SignatureRole = 'authority' | 'title' | 'note' | 'name';
export interface SignatureLine extends Span {
  role: SignatureRole;
}

/** "Nơi nhận:" and its "- …;" lines (NĐ 30/2020, Phụ lục I, mục II.9). */
export interface NoiNhanBlock {
  heading: Span;
  items: Span[];
}

/** The end of one document part: its last body paragraph, Nơi nhận and signature. */
export interface Closing {
  part: number;
  /** First block of the closing area (Nơi nhận or signature, whichever comes first). */
  start: number;
  /** The last body paragraph before the closing area, or -1. */
  lastBody: number;
  noiNhan: NoiNhanBlock | null;
  signature: SignatureLine[];
}

/** Two columns flattened onto one line: a tab, or three spaces or more, separate them. */
const COLUMN_GAP = /\t+|[ \u00A0]{3,}/gu;
/** "Nơi nhận:" — with its colon, alone, or followed by its first "- " item; not "Nơi nhận hồ sơ …". */
const NOI_NHAN = /^Nơi\s*nhận\s*(?::|$|(?=[-–]\s))/iu;
const DASH = /^[-–—+•]/u;
/** The "- Lưu: VT, …." line that closes Nơi nhận. */
const LUU = /^[-–—+•]?\s*Lưu\b/u;
/** Inline items: "- Như trên; - Lưu: VT, VP." — a dash after a ";" or "." starts a new item. */
const INLINE_ITEM = /(?<=[;.,])\s+(?=[-–]\s)/gu;
/** A paragraph this long is body text, not a closing line. */
const LONG = 160;
/** Four rules read the same closing: locate it once per analysis (read-only for its users). */
const CACHE = new WeakMap<DocAnalysis, Closing[]>();
/** How far from the end of a part a signature written with an odd prefix ("T/M") is looked for. */
const TAIL = 12;

/**
 * Finds the end of each document part: the last body paragraph before the closing, the Nơi nhận
 * block and the signature block — in plain paragraphs, in the cells of the two-column bottom table
 * (Docs/Word), and where conversion flattened both columns onto one line ("- Như trên;     CHỦ TỊCH").
 */
export function locateClosing(analysis: DocAnalysis): Closing[] {
  const known = CACHE.get(analysis);
  if (known) return known;
  const out: Closing[] = [];
  for (const part of analysis.parts) {
    // A form's closing ("Nơi nhận: - …………") is a template for its recipients to fill in.
    if (part.form) continue;
    const start = closingStart(analysis, part);
    if (start < 0) continue;
    out.push(readClosing(analysis, part, start));
  }
  CACHE.set(analysis, out);
  return out;
}

function closingStart(analysis: DocAnalysis, part: DocPart): number {
  for (let i = part.start; i <= part.end; i++) {
    const info = analysis.blocks[i];
    if (!info) continue;
    if (info.kind === 'signature' || (info.kind === 'closing' && NOI_NHAN.test(info.text.trim()))) return i;
    if (i > part.end - TAIL && (parseAuthority(info.text.trim()) || isTitleRow(info))) return i;
  }
  return -1;
}

/** Two or more signature titles side by side ("THƯ KÝ      CHỦ TRÌ HỘI NGHỊ" under a biên bản). */
function isTitleRow(info: BlockInfo): boolean {
  if (info.text.length > 120 || info.text.search(COLUMN_GAP) < 0) return false;
  const segs = segments(info);
  return segs.length >= 2 && segs.every((s) => isCapitals(s.text) && isTitleText(s.text));
}

function readClosing(analysis: DocAnalysis, part: DocPart, start: number): Closing {
  const closing: Closing = { part: part.index, start, lastBody: -1, noiNhan: null, signature: [] };
  for (let i = start - 1; i >= part.start; i--) {
    const info = analysis.blocks[i];
    if (!info || info.text.trim() === '') continue;
    if (['body', 'list-item', 'heading', 'heading-title'].includes(info.kind)) closing.lastBody = i;
    break;
  }
  const sign = closing.signature;
  let signed = false; // the name has been read: the signature block is over
  let listDone = false; // the "- Lưu: …" line has been read: Nơi nhận is over (NĐ 30 II.9.b: it is the last)
  for (let i = start; i <= part.end; i++) {
    const info = analysis.blocks[i];
    if (!info || info.kind === 'separator') break;
    segments(info).forEach((seg, k) => {
      const nn = closing.noiNhan;
      const heading = NOI_NHAN.exec(seg.text);
      const inList = nn !== null && !listDone && sameColumn(analysis, nn.heading.block, i);
      if (heading && !nn) {
        const cut = heading[0].length;
        const list: NoiNhanBlock = { heading: strip(sub(info, seg, 0, cut)), items: [] };
        if (seg.text.slice(cut).trim())
          list.items.push(...splitItems(info, sub(info, seg, cut, seg.text.length)));
        closing.noiNhan = list;
      } else if (nn && inList && DASH.test(seg.text)) {
        nn.items.push(...splitItems(info, seg));
        listDone = LUU.test(nn.items[nn.items.length - 1]?.text ?? '');
      } else if (!signed && parseAuthority(seg.text)) {
        sign.push({ ...strip(seg), role: 'authority' });
      } else {
        // A capitals title ("HIỆU TRƯỞNG") or a name belongs to the signature even under Nơi nhận.
        const role = signed ? null : signatureRole(seg.text, sign.length > 0);
        if (role && (sign.length > 0 || k > 0 || !inList || role === 'name' || isTitleText(seg.text))) {
          sign.push({ ...strip(seg), role });
          if (role === 'name') signed = true;
        } else if (nn && inList && k === 0 && sign.length === 0 && seg.text.length < LONG) {
          // A recipient line that lost its dash, or the lower-case rest of the line above.
          const continues = /^\p{Ll}/u.test(seg.text) && nn.items.length > 0;
          nn.items.push(continues ? { ...strip(seg), continues } : strip(seg));
          listDone = LUU.test(seg.text);
        }
      }
    });
  }
  return closing;
}

/** What a line after the authority line (or a capitals line on the right) is, or null. */
function signatureRole(text: string, started: boolean): SignatureRole | null {
  if (text.length > 80) return null;
  if (started && isSignatureNote(text)) return 'note';
  if (started && isTitleText(text)) return 'title';
  if (isPersonName(text) && (started || !isCapitals(text))) return 'name';
  if (isCapitals(text) && (started || isTitleText(text))) return 'title';
  return null;
}

/**
 * Whether a block can continue the Nơi nhận list: both outside tables, or in the same column of the
 * same table (the bottom table puts Nơi nhận on the left and the signature on the right).
 */
function sameColumn(analysis: DocAnalysis, heading: number, block: number): boolean {
  const a = analysis.doc.blocks[heading]?.table;
  const b = analysis.doc.blocks[block]?.table;
  if (!a || !b) return !a && !b;
  return a.table === b.table && a.cell === b.cell;
}

/** A segment: a span plus where it starts in the block's normalised text. */
interface Seg extends Span {
  at: number;
}

/** The pieces of a block's text between column gaps, trimmed, with original positions. */
function segments(info: BlockInfo): Seg[] {
  const text = info.text;
  const out: Seg[] = [];
  let from = 0;
  const cut = (to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push(segOf(info, from + lead, from + lead + body.length));
  };
  for (const m of text.matchAll(COLUMN_GAP)) {
    cut(m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  cut(text.length);
  const only = out.length === 1 ? out[0] : undefined;
  if (only) only.whole = true;
  return out;
}

function segOf(info: BlockInfo, start: number, end: number): Seg {
  return {
    block: info.index,
    start: info.toOriginal(start),
    end: info.toOriginal(end),
    text: info.text.slice(start, end),
    whole: false,
    at: start,
  };
}

/** A span without the segment's bookkeeping. */
function strip(seg: Seg): Span {
  const { at: _at, ...span } = seg;
  return span;
}

/** A sub-span of a segment, by positions in the segment's text, trimmed. */
function sub(info: BlockInfo, seg: Seg, from: number, to: number): Seg {
  const piece = seg.text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const s = seg.at + from + lead;
  const out = segOf(info, s, s + piece.trim().length);
  out.whole = seg.whole && out.text === seg.text;
  return out;
}

/** Splits "- Như trên; - Lưu: VT, VP." into its items. */
function splitItems(info: BlockInfo, seg: Seg): Span[] {
  const cuts = [0, ...[...seg.text.matchAll(INLINE_ITEM)].map((m) => (m.index ?? 0) + m[0].length)];
  if (cuts.length === 1) return [strip(seg)];
  return cuts.map((c, n) => strip(sub(info, seg, c, cuts[n + 1] ?? seg.text.length))).filter((s) => s.text);
}
