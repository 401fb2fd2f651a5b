import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import type { OutlineMatch } from '../outline/match-outline.ts';
import type { Outline } from '../outline/outline-schema.ts';
import { formalTypeOf } from './document-type.ts';
import { foldInPlace } from './fold-in-place.ts';
import { type DocHeader, rangeIn } from './header-line.ts';
import { typeByCode } from './type-abbreviations.ts';

/**
 * The checks of the type code of a Số, ký hiệu (its first group, "BC" in "12/BC-LĐLĐ") against the
 * document's type (NĐ 30/2020, Phụ lục III, mục I): a công văn carries none; another type carries its
 * own code, spelt as the table spells it, followed by the issuer's code.
 */
export function typeCodeReports(
  analysis: DocAnalysis,
  h: DocHeader,
  outline: Outline | null,
  match: OutlineMatch | null,
  cite: string,
): Report[] {
  const out: Report[] = [];
  const so = h.so;
  if (!so) return out;
  const s = so.parsed;
  const at = (start: number, end: number) => rangeIn(analysis, so.block, start, end);
  const whole = at(s.start, s.end);
  const code = s.groups[0];
  if (!code) return out;
  const named = typeByCode(code.text);
  const type = formalTypeOf(h, outline, match);
  const codeRange = at(code.start, code.end);
  if (
    code.text.toUpperCase() === 'CV' ||
    (type?.congVan && type.source !== 'vv' && named && named.code !== 'CĐ')
  ) {
    out.push({
      block: so.block,
      range: codeRange,
      message: `Công văn không ghi chữ viết tắt tên loại (“${code.text}”): ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, ví dụ “Số: 12/LĐLĐ-VP” ${cite}.`,
    });
    return out;
  }
  const expected = type?.type;
  if (!expected) return out;
  if (foldInPlace(code.text) === foldInPlace(expected.code) && code.text !== expected.code) {
    out.push({
      block: so.block,
      range: codeRange,
      message: `Chữ viết tắt tên loại ${expected.name} là “${expected.code}”, không phải “${code.text}” (NĐ 30/2020, Phụ lục III, mục I).`,
      fix: {
        label: `Sửa thành “${expected.code}”`,
        edits: [{ kind: 'replace', block: so.block, range: codeRange, text: expected.code }],
      },
    });
  } else if (!named || named.code !== expected.code) {
    out.push({
      block: so.block,
      range: codeRange,
      message: `Ký hiệu “${code.text}” không khớp loại văn bản: ${expected.name} viết tắt là “${expected.code}”${named ? ` (“${named.code}” là ${named.name})` : ''} (NĐ 30/2020, Phụ lục III, mục I).`,
    });
  }
  if (s.groups.length === 1)
    out.push({
      block: so.block,
      range: whole,
      message: `Ký hiệu thiếu chữ viết tắt tên cơ quan ban hành sau tên loại, ví dụ “${expected.code}-LĐLĐ” ${cite}.`,
    });
  return out;
}
