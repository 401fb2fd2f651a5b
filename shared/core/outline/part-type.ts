import type { Outline } from './outline-schema.ts';

/** Tên loại (NĐ 30/2020, Điều 7) → the outline document type written to it. */
const TYPES: ReadonlyArray<[RegExp, Outline['documentType']]> = [
  [/^BÁO\s+CÁO(?!\p{L})/u, 'bao-cao'],
  [/^KẾ\s+HOẠCH(?!\p{L})/u, 'ke-hoach'],
  [/^HƯỚNG\s+DẪN(?!\p{L})/u, 'huong-dan'],
  [/^CHƯƠNG\s+TRÌNH(?!\p{L})/u, 'chuong-trinh'],
  [/^THÔNG\s+BÁO(?!\p{L})/u, 'thong-bao'],
  [/^TỜ\s+TRÌNH(?!\p{L})/u, 'to-trinh'],
  [/^QUYẾT\s+ĐỊNH(?!\p{L})/u, 'quyet-dinh'],
  [/^NGHỊ\s+QUYẾT(?!\p{L})/u, 'nghi-quyet'],
  [/^CÔNG\s+VĂN(?!\p{L})/u, 'cong-van'],
];
/** Labels above a tên loại: "PHỤ LỤC 2", "MẪU SỐ 1", "ĐỀ CƯƠNG" (of a báo cáo, a kế hoạch …). */
const LABEL = /^(?:PHỤ\s+LỤC|MẪU|BIỂU)(?:\s+SỐ)?(?:\s+[\dIVX]+[a-z]?)?[\s.:–-]*|^ĐỀ\s+CƯƠNG\s*/u;
/** A tên loại at the start of a part's title (capitals, as analyze-document reads it). */
const TEN_LOAI = /^(?:\p{Lu}+\s+){0,3}\p{Lu}+(?!\p{L})/u;

/**
 * The document type a part's tên loại names: undefined when the part has none (a công văn, a
 * fragment) or is a đề cương of no named type — any outline may fit it; null when it names a type no
 * outline is written to (CHỈ THỊ, QUY ĐỊNH, BIÊN BẢN, PHỤ LỤC of a list …).
 */
export function partDocumentType(title: string): Outline['documentType'] | null | undefined {
  let t = title.trim();
  if (!TEN_LOAI.test(t) || /^V\/V/iu.test(t)) return undefined;
  let labelled = false;
  for (let k = 0; k < 3; k++) {
    const m = LABEL.exec(t);
    if (!m || m[0].length === 0) break;
    if (/^ĐỀ/u.test(m[0])) labelled = true;
    t = t.slice(m[0].length);
  }
  for (const [pattern, type] of TYPES) if (pattern.test(t)) return type;
  // "ĐỀ CƯƠNG" alone: the đề cương of some report, fit for any outline.
  return labelled ? undefined : null;
}

/** Whether an outline may be matched to a part with this tên loại (see partDocumentType). */
export function typeAgrees(outline: Outline, type: Outline['documentType'] | null | undefined): boolean {
  if (type === undefined || outline.documentType === 'de-cuong') return true;
  return type === outline.documentType;
}

/** The tên loại words of a title, for a message: "CHỈ THỊ", "QUY ĐỊNH". */
export function tenLoaiOf(title: string): string {
  return /^\S+(?:\s+\S+)?/u.exec(title.trim())?.[0] ?? title;
}
