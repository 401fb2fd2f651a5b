import type { SkeletonBlock } from './skeleton-block.ts';

/** A line of the căn cứ block: "Căn cứ …;", and the "Theo đề nghị của …" that closes it. */
const CAN_CU = /^(Căn cứ|Theo đề nghị|Xét đề nghị)\s/u;
/** The word that opens the articles: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:". */
const DECIDES = /^[\p{Lu}\s]+:$/u;

const BODY: SkeletonBlock['style'] = { alignment: 'justify', indentFirstLinePt: 36 };

/**
 * An outline's opening → its paragraphs. One sentence ("Thực hiện …, Ban Chấp hành … báo cáo …") is
 * body text. A quyết định's opening is several lines, laid out as NĐ 30/2020, Phụ lục III, Mẫu 1.2
 * shows them: the authority above the căn cứ in bold capitals, centred; each căn cứ on its own line
 * in italics (Phụ lục I, II.6.a); "QUYẾT ĐỊNH:" in bold, centred.
 */
export function openingBlocks(text: string): SkeletonBlock[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length <= 1) return lines.map((l) => ({ role: 'opening', text: l, style: BODY }));
  const firstCanCu = lines.findIndex((l) => CAN_CU.test(l.trim()));
  return lines.map((line, i): SkeletonBlock => {
    const l = line.trim();
    if (CAN_CU.test(l)) return { role: 'opening', text: l, style: { ...BODY, italic: true } };
    if (DECIDES.test(l)) return { role: 'opening', text: l, style: { bold: true, alignment: 'center' } };
    if (i < firstCanCu)
      return { role: 'opening', text: l.toLocaleUpperCase('vi'), style: { bold: true, alignment: 'center' } };
    return { role: 'opening', text: l, style: BODY };
  });
}
