import type { DocAnalysis } from '../headings/block-info.ts';
import type { DocHeader, HeaderLine } from './header-line.ts';
import { type TypeAbbreviation, typeByTitle } from './type-abbreviations.ts';

/** A tên loại written in lower case on its own line ("Kế hoạch"): the line, where the name sits, its type. */
export interface LowerCaseTitle {
  line: HeaderLine;
  type: TypeAbbreviation;
}

/**
 * Where the header found no tên loại in capitals, the first line after it may still be one in lower
 * case ("Kế hoạch", "Báo cáo:"), which NĐ 30 wants in capitals.
 */
export function lowerCaseTitle(analysis: DocAnalysis, header: DocHeader): LowerCaseTitle | null {
  if (header.title) return null;
  const info = analysis.blocks[header.bodyStart];
  if (!info) return null;
  const text = info.text.trim().replace(/:$/u, '');
  const type = typeByTitle(text.toLocaleUpperCase('vi'));
  if (!type || text.length !== type.title.length || text === type.title) return null;
  const start = info.text.length - info.text.trimStart().length;
  return { line: { block: info.index, start, end: start + text.length, text }, type };
}

/** The opening and closing quote lines of a quoted "“V/v …”" trích yếu, when it is quoted. */
export function quotedSubject(header: DocHeader): { open: HeaderLine; close: HeaderLine | null } | null {
  const first = header.subject[0];
  const last = header.subject[header.subject.length - 1];
  if (!header.vv || !first || !/^[“"]/u.test(first.text)) return null;
  return { open: first, close: last && /[”"]$/u.test(last.text) ? last : null };
}
