import type { NumberingScheme } from '../base/numbering-scheme.ts';
import type { BlockInfo, DocAnalysis, DocPart } from '../headings/block-info.ts';
import { LOST_FONT_BULLETS } from '../headings/parse-numbering.ts';
import { fold } from '../text/fold.ts';
import type { DocumentType, Outline, Section } from './outline-schema.ts';
import { STANDARD_PARAMETERS } from './standard-parameters.ts';

const TYPE_BY_WORD: ReadonlyArray<[RegExp, DocumentType, string]> = [
  [/^de cuong bao cao|^de cuong/, 'bao-cao', 'BÁO CÁO'],
  [/^bao cao/, 'bao-cao', 'BÁO CÁO'],
  [/^ke hoach/, 'ke-hoach', 'KẾ HOẠCH'],
  [/^huong dan/, 'huong-dan', 'HƯỚNG DẪN'],
  [/^chuong trinh/, 'chuong-trinh', 'CHƯƠNG TRÌNH'],
  [/^thong bao/, 'thong-bao', 'THÔNG BÁO'],
  [/^to trinh/, 'to-trinh', 'TỜ TRÌNH'],
  [/^quyet dinh/, 'quyet-dinh', 'QUYẾT ĐỊNH'],
];

/**
 * Turns a received đề cương (or any structured document) into an outline: the part with the most
 * headings, each heading a section with its number, and the text under it as guidance. Officers get
 * a new đề cương every period; this is how Khung keeps up without a programmer.
 */
export function deriveOutline(analysis: DocAnalysis, name = 'van-ban', partIndex?: number): Outline {
  const part =
    partIndex !== undefined
      ? analysis.parts[partIndex]
      : analysis.parts.reduce<DocPart | undefined>(
          (best, p) => (!best || p.headings.length > best.headings.length ? p : best),
          undefined,
        );
  const headings = (part?.headings ?? []).map((i) => analysis.blocks[i]).filter((b): b is BlockInfo => !!b);
  const title = (part?.title || headings[0]?.title || name)
    .replace(/\s*\([^)]*\)?\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const folded = fold(title);
  const type = TYPE_BY_WORD.find(([pattern]) => pattern.test(folded));
  const subject = title.replace(
    /^(ĐỀ CƯƠNG\s+)?(BÁO CÁO|KẾ HOẠCH|HƯỚNG DẪN|CHƯƠNG TRÌNH|THÔNG BÁO|TỜ TRÌNH|QUYẾT ĐỊNH|ĐỀ CƯƠNG)\s*/u,
    '',
  );
  const ids = new Set<string>();
  const sections = buildSections(analysis, headings, -1, ids);
  const source = sourceNumber(part?.title ?? '');
  return {
    id: slug(title, 60) || 'de-cuong',
    title: sentenceCase(title),
    documentType: type?.[1] ?? 'bao-cao',
    provenance: {
      verified: false,
      note: `Tạo tự động từ “${name}”; kiểm tra lại trước khi dùng.`,
      ...(source.number ? { number: source.number } : {}),
      ...(source.date ? { date: source.date } : {}),
    },
    parameters: STANDARD_PARAMETERS,
    frame: {
      typeName: type?.[2] ?? 'BÁO CÁO',
      ...(subject ? { subject: sentenceCase(subject) } : {}),
      kinhGui: (type?.[1] ?? 'bao-cao') === 'bao-cao',
      // NĐ 30: the body ends with "./."; the skeleton carries a closing sentence to fill in.
      closing: `Trên đây là ${(type?.[2] ?? 'BÁO CÁO').toLocaleLowerCase('vi')} của {{donVi}}./.`,
      noiNhan: ['- Như trên;', '- Lưu: VT, {{donViSoanThao}}.'],
      signature: { authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' },
    },
    sections:
      sections.length > 0
        ? sections
        : [{ id: 'noi-dung', title: 'Nội dung', numbering: 'none', required: true }],
  };
}

function buildSections(
  analysis: DocAnalysis,
  headings: BlockInfo[],
  parent: number,
  ids: Set<string>,
): Section[] {
  return headings
    .filter((h) => h.parent === parent)
    .map((h) => {
      const scheme: NumberingScheme =
        h.numbering &&
        h.numbering.scheme !== 'dash' &&
        h.numbering.scheme !== 'plus' &&
        h.numbering.scheme !== 'bullet'
          ? h.numbering.scheme
          : 'none';
      const label = h.numbering?.label;
      const children = buildSections(analysis, headings, h.index, ids);
      const [title, rest] = splitLongTitle(h.title || h.text.trim());
      const guidance = [...(rest ? [rest] : []), ...guidanceUnder(analysis, h)];
      const section: Section = {
        id: uniqueId(`${label ?? ''} ${title}`, ids),
        title,
        numbering: scheme,
        ...(label && scheme !== 'none' ? { label } : {}),
        required: true,
        ...(guidance.length > 0 ? { guidance } : {}),
        ...(children.length > 0 ? { children } : {}),
      };
      return section;
    });
}

/** The paragraphs right under a heading, before its first sub-heading: the prompts to keep as guidance. */
function guidanceUnder(analysis: DocAnalysis, heading: BlockInfo): string[] {
  const out: string[] = [];
  for (let i = heading.index + 1; i < analysis.blocks.length; i++) {
    const b = analysis.blocks[i];
    if (!b || b.part !== heading.part) break;
    if (b.kind === 'heading-title') continue;
    if (b.kind !== 'body' && b.kind !== 'list-item') break;
    out.push(cleanGuidance(b.text));
  }
  return out;
}

/**
 * A prompt as it should be kept: a Wingdings bullet lost in conversion (U+FFFD or a private-use
 * character at the start) becomes "-", and other U+FFFD are dropped, so a skeleton rendered from
 * the outline does not carry the source's damage.
 */
const LOST_BULLET_START = new RegExp(`^[${LOST_FONT_BULLETS}]\\s*`, 'u');

function cleanGuidance(text: string): string {
  return text
    .trim()
    .replace(LOST_BULLET_START, '- ')
    .replace(/\uFFFD/gu, '')
    .trim();
}

/** Longest title kept whole; a longer numbered paragraph keeps its first clause as the title. */
const MAX_TITLE = 120;

/**
 * A khoản written as one long paragraph ("2. Triển khai thực hiện Nghị quyết …; đánh giá …") becomes a
 * title (its first clause) and a guidance paragraph (the rest), so skeletons stay readable.
 */
export function splitLongTitle(text: string): [string, string] {
  if (text.length <= MAX_TITLE) return [text, ''];
  const cut = /;\s|\s\(|:\s|\.\s/gu;
  for (const m of text.matchAll(cut)) {
    const at = m.index ?? 0;
    if (at < 20) continue;
    if (at > MAX_TITLE + 40) break;
    const rest = text.slice(at).replace(/^[;:.\s]+/u, '');
    return [text.slice(0, at).trim(), rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1)];
  }
  return [text, ''];
}

function uniqueId(text: string, ids: Set<string>): string {
  const base = slug(text, 48) || 'muc';
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

/** A file-name-safe id from Vietnamese text: "I. ĐẶC ĐIỂM TÌNH HÌNH" → "i-dac-diem-tinh-hinh". */
export function slug(text: string, max: number): string {
  const s = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '');
}

/** "ĐỀ CƯƠNG BÁO CÁO …" → "Đề cương báo cáo …"; text already in mixed case is kept. */
function sentenceCase(text: string): string {
  if (text !== text.toLocaleUpperCase('vi')) return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "(Gửi kèm Công văn số: 745 /LĐLĐ-VP ngày 25 tháng 5 năm 2020 …)" → number and ISO date. */
function sourceNumber(title: string): { number?: string; date?: string } {
  const out: { number?: string; date?: string } = {};
  const n = /số:?\s*(\d+\s*\/\s*[\p{Lu}Đ][\p{Lu}Đ\d&-]*(?:\s*-\s*[\p{Lu}Đ\d&]+)*)/iu.exec(title);
  if (n?.[1]) out.number = n[1].replace(/\s+/g, '');
  const d = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(title);
  if (d?.[1] && d[2] && d[3]) out.date = `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`;
  return out;
}
