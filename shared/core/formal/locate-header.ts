import type { DocModel } from '../document/doc-model.ts';
import { analyzeDocument } from '../headings/analyze-document.ts';
import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';
import { foldInPlace } from './fold-in-place.ts';
import type { DocHeader, HeaderLine } from './header-line.ts';
import { headerSegments, QUOC_HIEU_FOLDED, type Segment, TIEU_NGU_FOLDED } from './header-segments.ts';
import { parseDateLine } from './parse-date-line.ts';
import { parseSoKyHieu } from './so-ky-hieu.ts';
import { continuesSubject, isPartyTitle } from './trich-yeu.ts';

/** A công văn's trích yếu also written out: "Về việc …" (without a tên loại above it). */
const VV_OR_VE_VIEC = /^[“"]?(?:[Vv]\/[Vv]|Về việc)(?=[\s:])/u;
/** "Căn cứ …", also the old "- Căn cứ …" (QĐ 1014/QĐ-TLĐ, 2011). */
const CAN_CU = /^(?:[-–+•]\s*)?can cu\b/;
/** What follows the căn cứ lines (Mẫu 1.2): "Theo đề nghị của …", "Xét đề nghị …", "Xét Tờ trình …", "Trên cơ sở …". */
const DE_NGHI = /^(?:(?:theo|xet) de nghi|xet to trinh|tren co so)\b/;
const DASH_ITEM = /^[-–+•]\s*/u;
/** How many lines above the header may be skipped (a web page's banner and breadcrumbs). */
const MAX_LEAD = 3;
/** Blocks that end the header area. */
const BODY_KINDS = new Set(['heading', 'closing', 'signature']);

/**
 * Finds the header parts of the first document in `doc` (NĐ 30/2020, Điều 8, Mẫu 1.4/1.5): issuer
 * lines, Quốc hiệu, Tiêu ngữ, Số, date line, tên loại, trích yếu or "V/v", Kính gửi, căn cứ.
 * Works on plain text (columns one after the other, or side by side on one line) and on the
 * two-column header table (blocks with `table` set). Missing parts are null or empty.
 */
export function locateHeader(doc: DocModel, analysis: DocAnalysis = analyzeDocument(doc)): DocHeader {
  const header: DocHeader = {
    issuers: [],
    quocHieu: null,
    tieuNgu: null,
    so: null,
    date: null,
    title: null,
    subject: [],
    vv: false,
    kinhGui: null,
    canCu: [],
    bodyStart: 0,
  };
  const part = analysis.parts[0];
  const last = part ? part.end : -1;
  let top = true;
  let lead = 0;
  let leadStart = 0;
  let b = 0;
  for (; b <= last; b++) {
    const info = analysis.blocks[b];
    if (!info) break;
    if (BODY_KINDS.has(info.kind) || (info.kind === 'separator' && !top)) break;
    if (info.kind === 'separator') continue;
    const text = info.text;
    const folded = foldedSlice(text, whole(text));
    const block = doc.blocks[b];
    if ((info.kind === 'title' || isPartyTitle(text)) && !header.title) {
      header.title = line(info, whole(text));
      top = false;
      // Subject lines, and capitals too long for the headings module, up to the deciding authority.
      while (continuesSubject(analysis.blocks[b + 1], header.subject[header.subject.length - 1]?.text)) {
        b++;
        header.subject.push(line(analysis.blocks[b] as BlockInfo, whole(analysis.blocks[b]?.text ?? '')));
      }
      continue;
    }
    // "Về …" right above "Kính gửi": a công văn's trích yếu written without "V/v".
    const veAboveKinhGui =
      /^Về\s/u.test(text) && foldInPlace(analysis.blocks[b + 1]?.text.trim() ?? '').startsWith('kinh gui');
    if ((VV_OR_VE_VIEC.test(text.trim()) || veAboveKinhGui) && header.subject.length === 0 && !header.title) {
      header.vv = true;
      header.subject.push(line(info, whole(text)));
      // A "V/v" wrapped onto more paragraphs of the same table cell.
      while (block?.table && sameCell(doc, b, b + 1) && !isFramePart(analysis.blocks[b + 1]?.text ?? '')) {
        b++;
        header.subject.push(line(analysis.blocks[b] as BlockInfo, whole(analysis.blocks[b]?.text ?? '')));
      }
      continue;
    }
    if (folded.startsWith('kinh gui')) {
      b = readKinhGui(doc, analysis, b, header);
      top = false;
      continue;
    }
    if (CAN_CU.test(folded) || (DE_NGHI.test(folded) && header.canCu.length > 0)) {
      header.canCu.push(line(info, whole(text)));
      top = false;
      continue;
    }
    let recognised = false;
    for (const seg of headerSegments(text)) {
      if (readSegment(info, seg, header, top && !(block?.table && block.table.cell > 0))) recognised = true;
    }
    if (recognised || info.kind === 'title' || info.kind === 'subject') continue;
    // Capitals after the tên loại: the deciding authority of a Quyết định ("CHỦ TỊCH …"); keep going.
    if (isAllCaps(text) && text.length <= 120) continue;
    if (block?.table) continue;
    // Plain text with the columns one after the other: a "V/v" wrapped onto a second line, or a
    // stray line, before the Quốc hiệu or date of the right column.
    const ahead = [b + 1, b + 2].some((n) => isFramePart(analysis.blocks[n]?.text ?? ''));
    if (ahead && !header.title && !header.kinhGui && header.canCu.length === 0) {
      const prev = header.subject[header.subject.length - 1];
      if (header.vv && prev?.block === b - 1 && text.length <= 120)
        header.subject.push(line(info, whole(text)));
      continue;
    }
    // A few lines of a web page above the header ("Văn bản", a banner): read on while nothing was found.
    if (lead < MAX_LEAD && isEmpty(header)) {
      if (lead++ === 0) leadStart = b;
      continue;
    }
    break;
  }
  header.bodyStart = isEmpty(header) && lead > 0 ? leadStart : b;
  return header;
}

function isEmpty(h: DocHeader): boolean {
  return !h.so && !h.date && !h.quocHieu && !h.tieuNgu && !h.title && !h.kinhGui && h.issuers.length === 0;
}

/** Records what one segment of a header line is; returns false when it is none of the header parts. */
function readSegment(info: BlockInfo, seg: Segment, header: DocHeader, issuerAllowed: boolean): boolean {
  const text = info.text;
  const piece = text.slice(seg.start, seg.end);
  const folded = foldedSlice(text, seg);
  if (!header.quocHieu && QUOC_HIEU_FOLDED.test(folded)) {
    header.quocHieu = line(info, seg);
    return true;
  }
  if (!header.tieuNgu && TIEU_NGU_FOLDED.test(folded)) {
    header.tieuNgu = line(info, seg);
    return true;
  }
  const so = header.so ? null : parseSoKyHieu(text.slice(0, seg.end), seg.start);
  if (so) {
    header.so = { ...line(info, seg), parsed: so };
    return true;
  }
  const date = header.date ? null : parseDateLine(text.slice(0, seg.end), seg.start);
  if (date) {
    header.date = { ...line(info, seg), parsed: date };
    return true;
  }
  if (!header.title && header.subject.length === 0 && VV_OR_VE_VIEC.test(piece)) {
    header.vv = true;
    header.subject.push(line(info, seg));
    return true;
  }
  if (/^[-–—_=*~.\s]+$/u.test(piece)) return true;
  if (issuerAllowed && isAllCaps(piece) && piece.length <= 100) {
    header.issuers.push(line(info, seg));
    return true;
  }
  return false;
}

/** Reads "Kính gửi:" and its recipients; returns the last block it used. */
function readKinhGui(doc: DocModel, analysis: DocAnalysis, b: number, header: DocHeader): number {
  const info = analysis.blocks[b] as BlockInfo;
  const text = info.text;
  const labelStart = text.length - text.trimStart().length;
  const colon = text.indexOf(':', labelStart);
  const labelEnd = colon >= 0 && colon < labelStart + 12 ? colon + 1 : labelStart + 'Kính gửi'.length;
  const rest = { start: labelEnd, end: text.length };
  while (rest.start < rest.end && /\s/.test(text.charAt(rest.start))) rest.start++;
  const inline = rest.end > rest.start ? line(info, rest) : null;
  const items: HeaderLine[] = [];
  let at = b;
  // "Kính gửi: Ban Thường vụ LĐLĐ tỉnh." is complete; dashes below it belong to the body.
  const complete = !!inline?.text.endsWith('.') && !DASH_ITEM.test(inline.text);
  while (!complete) {
    const next = analysis.blocks[at + 1];
    if (!next || next.part !== info.part) break;
    const t = next.text.trim();
    const first = items.length === 0 && !inline;
    const dashed = DASH_ITEM.test(t) && !CAN_CU.test(foldInPlace(t));
    const short = t.length <= 150 && /[.;]$/u.test(t) && !/^(?:thuc hien|can cu)\b/.test(foldInPlace(t));
    // A recipient line without its dash: the only one below the label, or the next paragraph of the
    // same table cell (in plain text a short line after the list is as likely the body's first line).
    const undashed =
      !dashed && (sameCell(doc, at, at + 1) || (first && (doc.blocks[at + 1]?.table !== undefined || short)));
    if (!dashed && !undashed) break;
    at++;
    items.push(line(next, whole(next.text)));
    if (undashed && !t.endsWith(';')) break;
  }
  header.kinhGui = { label: line(info, { start: labelStart, end: labelEnd }), inline, items };
  return at;
}

/** Whether a line is Số, a date line, Quốc hiệu or Tiêu ngữ (it cannot continue a "V/v"). */
function isFramePart(text: string): boolean {
  const folded = foldInPlace(text);
  return (
    QUOC_HIEU_FOLDED.test(folded) ||
    TIEU_NGU_FOLDED.test(folded) ||
    parseSoKyHieu(text.trim()) !== null ||
    parseDateLine(text.trim()) !== null
  );
}

function sameCell(doc: DocModel, a: number, b: number): boolean {
  const x = doc.blocks[a]?.table;
  const y = doc.blocks[b]?.table;
  return !!x && !!y && x.table === y.table && x.row === y.row && x.cell === y.cell;
}

/**
 * The fold of text[seg]: the paragraph is folded once and sliced (folding keeps the length), so a
 * huge paragraph is not folded again for each question asked of it.
 */
function foldedSlice(text: string, seg: Segment): string {
  return foldInPlace(text).slice(seg.start, seg.end);
}

function whole(text: string): Segment {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

function line(info: BlockInfo, seg: Segment): HeaderLine {
  return { block: info.index, start: seg.start, end: seg.end, text: info.text.slice(seg.start, seg.end) };
}

const cache = new WeakMap<DocAnalysis, DocHeader>();

/** locateHeader, computed once per analysis: every formal rule of one check shares it. */
export function headerOf(analysis: DocAnalysis): DocHeader {
  let header = cache.get(analysis);
  if (!header) {
    header = locateHeader(analysis.doc, analysis);
    cache.set(analysis, header);
  }
  return header;
}
