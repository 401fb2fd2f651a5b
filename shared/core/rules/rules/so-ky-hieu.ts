import type { FixEdit } from '../../base/finding.ts';
import { citedKyHieuReports } from '../../formal/cited-ky-hieu.ts';
import { formalTypeOf } from '../../formal/document-type.ts';
import { foldInPlace } from '../../formal/fold-in-place.ts';
import { rangeIn } from '../../formal/header-line.ts';
import { headerOf } from '../../formal/locate-header.ts';
import { soKyHieuWritingFaults } from '../../formal/so-ky-hieu-faults.ts';
import { soLineRegimeReports } from '../../formal/so-line-regime.ts';
import { typeByCode } from '../../formal/type-abbreviations.ts';
import type { Rule } from '../rule.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.3)';

/** Số, ký hiệu: "Số:", a number, "/", the type code (none for a công văn), "-" between groups, no spaces. */
const rule: Rule = {
  id: 'so-ky-hieu',
  description:
    'Số, ký hiệu viết liền không cách quanh “/” và “-”, số dưới 10 có số 0 đứng trước, chữ viết tắt tên loại đúng loại văn bản (công văn không ghi tên loại).',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.3; Phụ lục III, mục I',
  check({ analysis, outline, match }, report) {
    const h = headerOf(analysis);
    const so = h.so;
    // Documents cited in the text follow the same writing rule; a slip there is a warning.
    for (const r of citedKyHieuReports(analysis, so?.block ?? -1, CITE)) report(r);
    // No Số line at all, or a Party document's (its own form): said there, NĐ 30's checks skipped.
    const regime = soLineRegimeReports(analysis, CITE);
    if (regime || !so) {
      for (const r of regime ?? []) report(r);
      return;
    }
    const s = so.parsed;
    const at = (start: number, end: number) => rangeIn(analysis, so.block, start, end);
    const whole = at(s.start, s.end);
    const { faults, edits: textEdits } = soKyHieuWritingFaults(s);
    const edits: FixEdit[] = textEdits.map((e) => ({
      kind: 'replace',
      block: so.block,
      range: at(e.start, e.end),
      text: e.text,
    }));
    if (edits.length > 0) {
      const kyHieu = so.text.slice(s.start - so.start, s.end - so.start);
      report({
        block: so.block,
        range: whole,
        message: `Số, ký hiệu “${kyHieu}” viết chưa đúng: ${faults.join('; ')} ${CITE}.`,
        fix: { label: 'Sửa cách viết số, ký hiệu', edits },
      });
    }
    const code = s.groups[0];
    if (!code) return;
    const named = typeByCode(code.text);
    const type = formalTypeOf(h, outline, match);
    const codeRange = at(code.start, code.end);
    if (
      code.text.toUpperCase() === 'CV' ||
      (type?.congVan && type.source !== 'vv' && named && named.code !== 'CĐ')
    ) {
      report({
        block: so.block,
        range: codeRange,
        message: `Công văn không ghi chữ viết tắt tên loại (“${code.text}”): ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, ví dụ “Số: 12/LĐLĐ-VP” ${CITE}.`,
      });
      return;
    }
    const expected = type?.type;
    if (!expected) return;
    if (foldInPlace(code.text) === foldInPlace(expected.code) && code.text !== expected.code) {
      report({
        block: so.block,
        range: codeRange,
        message: `Chữ viết tắt tên loại ${expected.name} là “${expected.code}”, không phải “${code.text}” (NĐ 30/2020, Phụ lục III, mục I).`,
        fix: {
          label: `Sửa thành “${expected.code}”`,
          edits: [{ kind: 'replace', block: so.block, range: codeRange, text: expected.code }],
        },
      });
    } else if (!named || named.code !== expected.code) {
      report({
        block: so.block,
        range: codeRange,
        message: `Ký hiệu “${code.text}” không khớp loại văn bản: ${expected.name} viết tắt là “${expected.code}”${named ? ` (“${named.code}” là ${named.name})` : ''} (NĐ 30/2020, Phụ lục III, mục I).`,
      });
    }
    if (s.groups.length === 1)
      report({
        block: so.block,
        range: whole,
        message: `Ký hiệu thiếu chữ viết tắt tên cơ quan ban hành sau tên loại, ví dụ “${expected.code}-LĐLĐ” ${CITE}.`,
      });
  },
};
export default rule;
