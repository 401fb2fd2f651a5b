import type { DocAnalysis, DocPart } from '../headings/block-info.ts';
import { guidanceScan } from './guidance-scan.ts';
import type { Outline } from './outline-schema.ts';

/** "ĐỀ CƯƠNG" as the tên loại, also under an annex label ("PHỤ LỤC 1 ĐỀ CƯƠNG BÁO CÁO …"). */
const DE_CUONG = /^(?:PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?[\dIVX]+[a-z]?)?\s+)?ĐỀ\s+CƯƠNG(?!\p{L})/u;
/** A "(Gửi kèm Công văn số …)" line: the part is the đề cương a công văn sends. */
const WITH_CONG_VAN = /\bc[ôo]ng\s+v[ăa]n\b/iu;
/** A Số line of a header: "Số: 745/LĐLĐ-VP", "Số 12-BC/ĐU". */
const SO_LINE = /^Số(?!\p{L})/u;

/**
 * Why a part of the document is the đề cương itself — its prompts are its content and its sections
 * are meant to be empty — or null when it is a document written from it (a report that still holds
 * prompts is a report, not its đề cương). A part is the đề cương when its tên loại says so, when it
 * is sent with a công văn ("Gửi kèm Công văn số …"), or when it is the outline's own source: it
 * bears the source's số ký hiệu in its header, or (a source without one) the outline's prompts stand
 * in its own numbered paragraphs, as the source writes them, not under the titles a skeleton gives.
 */
export function sourceReason(analysis: DocAnalysis, outline: Outline, partIndex: number): string | null {
  const part = analysis.parts[partIndex];
  if (!part) return null;
  if (DE_CUONG.test(part.title)) return `tên loại của văn bản là “${shorten(part.title)}”`;
  const attached = part.attached >= 0 ? (analysis.blocks[part.attached]?.text.trim() ?? '') : '';
  if (WITH_CONG_VAN.test(attached)) return `văn bản được gửi kèm công văn: “${shorten(attached)}”`;
  const number = outline.provenance.number;
  if (number && outline.provenance.seed && bearsNumber(analysis, part, number))
    return `văn bản mang số, ký hiệu ${number} của văn bản gốc của đề cương`;
  if (outline.provenance.seed && promptsInNumberedParagraphs(analysis, outline, part))
    return 'các đoạn của đề cương đứng ngay trong các mục đánh số của văn bản, như ở văn bản gốc';
  return null;
}

/** Whether the document is the đề cương itself (see sourceReason). */
export function isSourceDocument(analysis: DocAnalysis, outline: Outline, partIndex: number): boolean {
  return sourceReason(analysis, outline, partIndex) !== null;
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}…` : t;
}

/** Compared without spaces, stars and case: "Số: *579* /CV-LĐLĐ" bears "579/CV-LĐLĐ". */
const squeeze = (text: string) => text.replace(/[\s*]+/gu, '').toLocaleUpperCase('vi');

/** Whether a Số line above the part's first heading (its header, or the file's) carries `number`. */
function bearsNumber(analysis: DocAnalysis, part: DocPart, number: string): boolean {
  const wanted = squeeze(number);
  const first = part.headings[0] ?? part.end;
  const from = part.index === 0 ? 0 : part.start;
  for (let i = from; i < first; i++) {
    const text = analysis.blocks[i]?.text.trim() ?? '';
    // A header line may hold both columns: "Số: 12/BC-CĐ\tHà Nội, ngày …".
    for (const cell of text.split('\t')) {
      if (SO_LINE.test(cell.trim()) && squeeze(cell).includes(wanted)) return true;
    }
  }
  return false;
}

/**
 * Whether at least half of the outline's prompts stand in the part as written, and a quarter of them
 * (three at least) are numbered paragraphs themselves ("1. Tiếp tục tuyên truyền …; tập trung …"):
 * a skeleton puts each prompt on a line of its own under a short title, so a report made from one
 * never shows that. Equal to promptsInNumberedParagraphsByDefinition (a test compares them).
 */
export function promptsInNumberedParagraphs(analysis: DocAnalysis, outline: Outline, part: DocPart): boolean {
  const scan = guidanceScan(analysis, outline);
  if (scan.prompts.length < 2) return false;
  // Only a prompt first met in a heading counts there, so the prompts the part's headings repeat
  // bound inHeadings: below three, the answer is no without comparing any other paragraph.
  const seen = new Uint8Array(scan.prompts.length);
  let inHeadings = 0;
  for (const i of part.headings) {
    if (i < part.start || i > part.end || analysis.blocks[i]?.kind !== 'heading') continue;
    for (const p of scan.hitsOf(i)) {
      if (seen[p]) continue;
      seen[p] = 1;
      inHeadings++;
    }
  }
  return inHeadings >= 3 && promptsInNumberedParagraphsByDefinition(analysis, outline, part);
}

/** The definition of promptsInNumberedParagraphs: every paragraph of the part, in order. */
export function promptsInNumberedParagraphsByDefinition(
  analysis: DocAnalysis,
  outline: Outline,
  part: DocPart,
): boolean {
  const scan = guidanceScan(analysis, outline);
  const total = scan.prompts.length;
  if (total < 2) return false;
  const seen = new Uint8Array(total);
  let found = 0;
  let inHeadings = 0;
  for (let i = part.start; i <= part.end; i++) {
    const hits = scan.hitsOf(i);
    if (hits.length === 0) continue;
    const kind = analysis.blocks[i]?.kind;
    if (kind !== 'body' && kind !== 'list-item' && kind !== 'heading') continue;
    for (const p of hits) {
      if (seen[p]) continue;
      seen[p] = 1;
      found++;
      if (kind === 'heading') inHeadings++;
    }
  }
  return found * 2 >= total && inHeadings >= 3 && inHeadings * 4 >= found;
}
