import { type FlatSection, flattenSections, headingText, titleOnOwnLine } from './flatten-sections.ts';
import { formatNgayThang } from './format-date.ts';
import { openingBlocks } from './opening-lines.ts';
import type { Outline } from './outline-schema.ts';
import type { SkeletonBlock } from './skeleton-block.ts';

/** Values for an outline's {{parameters}}; missing ones print as a dotted blank to fill. */
export type SkeletonParams = Readonly<Record<string, string>>;

const BLANK = '……';
/** Quốc hiệu and Tiêu ngữ (NĐ 30/2020, Phụ lục I, Part II.1); union documents use the State's. */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * Renders an outline with its parameters to skeleton paragraphs: the header table, tên loại and
 * trích yếu, Kính gửi, the opening, every section with its guidance, the closing, Nơi nhận and the
 * signature — each with the role and NĐ 30 formatting hosts map to their own styles.
 */
export function renderSkeleton(
  outline: Outline,
  params: SkeletonParams = {},
  today = new Date(),
): SkeletonBlock[] {
  const fill = (template: string) => fillTemplate(template, outline, params, today);
  const f = outline.frame;
  const out: SkeletonBlock[] = [];
  const header = (
    column: 'left' | 'right',
    text: string,
    style: SkeletonBlock['style'],
    ruleBelow?: SkeletonBlock['ruleBelow'],
  ) =>
    out.push({
      role: 'header',
      column,
      text,
      ...(ruleBelow ? { ruleBelow } : {}),
      style: { alignment: 'center', ...style },
    });
  header('left', fill('{{capTren}}').toLocaleUpperCase('vi'), { fontSizePt: 13 });
  header('left', fill('{{donVi}}').toLocaleUpperCase('vi'), { bold: true, fontSizePt: 13 }, 'part');
  header('left', fill('Số: {{so}}/{{kyHieu}}'), { fontSizePt: 13 });
  if (!f.typeName && f.subject) header('left', fill(f.subject), { fontSizePt: 12 });
  header('right', QUOC_HIEU, { bold: true, fontSizePt: 12 });
  header('right', TIEU_NGU, { bold: true, fontSizePt: 13 }, 'text');
  header('right', fill('{{diaDanh}}, {{ngay}}'), { italic: true, fontSizePt: 13 });
  if (f.typeName) {
    out.push({ role: 'title', text: f.typeName, style: { bold: true, alignment: 'center', fontSizePt: 14 } });
    if (f.subject)
      out.push({
        role: 'subject',
        text: fill(f.subject),
        ruleBelow: 'part',
        style: { bold: true, alignment: 'center', fontSizePt: 14 },
      });
  }
  if (f.kinhGui)
    out.push({ role: 'recipient', text: fill('Kính gửi: {{kinhGui}}'), style: { alignment: 'center' } });
  if (f.opening) out.push(...openingBlocks(fill(f.opening)));
  for (const flat of flattenSections(outline)) out.push(...sectionBlocks(flat, fill));
  if (f.closing)
    out.push({
      role: 'closing',
      text: fill(f.closing),
      style: { alignment: 'justify', indentFirstLinePt: 36 },
    });
  if (f.noiNhan) {
    out.push({ role: 'noi-nhan', text: 'Nơi nhận:', style: { bold: true, italic: true, fontSizePt: 12 } });
    for (const line of f.noiNhan) out.push({ role: 'noi-nhan', text: fill(line), style: { fontSizePt: 11 } });
  }
  if (f.signature) {
    const sign = (text: string) =>
      out.push({ role: 'signature', text, style: { bold: true, alignment: 'center' } });
    // Quyền hạn and chức vụ are capitals (NĐ 30, Phụ lục I, II.8) however a {{parameter}} was typed.
    sign(fill(f.signature.authority).toLocaleUpperCase('vi'));
    sign(fill(f.signature.title).toLocaleUpperCase('vi'));
    sign(fill('{{nguoiKy}}'));
  }
  return out;
}

/** A section's heading (its title may hold a {{parameter}}: "NĂM {{nam}}" follows the year) and prompts. */
function sectionBlocks(flat: FlatSection, fill: (template: string) => string): SkeletonBlock[] {
  const level = flat.depth;
  const strong = flat.depth === 1 || flat.section.numbering === 'roman';
  const centred = titleOnOwnLine(flat.section.numbering);
  // Filled before headingText upper-cases a title, which would turn "{{nam}}" into an unknown "{{NAM}}".
  const title = fill(flat.section.title);
  const blocks: SkeletonBlock[] = [
    {
      role: 'heading',
      text: headingText({ ...flat, section: { ...flat.section, title } }),
      level,
      sectionId: flat.section.id,
      style: {
        headingLevel: Math.min(level, 6),
        bold: strong || flat.depth === 2,
        ...(centred ? { alignment: 'center' } : {}),
      },
    },
  ];
  if (centred) {
    blocks.push({
      role: 'heading',
      text: title.toLocaleUpperCase('vi'),
      level,
      sectionId: flat.section.id,
      style: { bold: true, alignment: 'center' },
    });
  }
  for (const g of flat.section.guidance ?? []) {
    blocks.push({
      role: 'guidance',
      text: g,
      sectionId: flat.section.id,
      style: { italic: true, indentFirstLinePt: 36 },
    });
  }
  return blocks;
}

/** Fills {{name}} from params, then the parameter's default; `ngay` defaults to today in the NĐ 30 form. */
export function fillTemplate(
  template: string,
  outline: Outline,
  params: SkeletonParams,
  today: Date,
): string {
  return template.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g, (_, name: string) => {
    const given = params[name]?.trim();
    if (given) return given;
    const def = outline.parameters.find((p) => p.id === name)?.default;
    if (def) return def;
    if (name === 'ngay') return formatNgayThang(today);
    if (name === 'nam') return String(today.getFullYear());
    if (name === 'namSau') return String(Number(params.nam?.trim() || today.getFullYear()) + 1);
    return name === 'so' ? '' : BLANK;
  });
}
