import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../../shared/core/document/doc-model.ts';
import { applyFixes } from '../../../../shared/core/rules/apply-fixes.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';
import { RULES } from '../../../../shared/core/rules/registry.ts';
import { A4_PAGE, AT, styledReport, withStyle } from './styled-fixture.ts';

const STYLE_RULES = ['phong-chu', 'co-chu', 'dinh-dang-thanh-phan', 'trang-giay'];
const shown = (doc: DocModel) =>
  checkDocument(doc, { outline: null }).findings.map(
    (f) => `${f.severity} ${f.ruleId} #${f.block}: ${f.message}`,
  );

describe('a báo cáo formed and styled exactly as NĐ 30/2020 asks', () => {
  it('gives no finding at all from any registered rule', () => {
    expect(RULES.length).toBeGreaterThan(STYLE_RULES.length);
    expect(shown(styledReport())).toEqual([]);
  });

  it('is still clean with a later outline-less check of every rule one by one', () => {
    for (const rule of RULES) {
      expect(checkDocument(styledReport(), { outline: null, rules: [rule] }).findings, rule.id).toEqual([]);
    }
  });
});

/** One attribute wrong → exactly one finding, of the one style rule that owns it; its fix makes the document clean. */
const cases: Array<[string, string, () => DocModel]> = [
  ['phong-chu', 'the body in Arial', () => withStyle(AT.body, { fontFamily: 'Arial' })],
  ['co-chu', 'the Tiêu ngữ at 12 pt', () => withStyle(AT.tieuNgu, { fontSizePt: 12 })],
  ['co-chu', 'the tên loại at 16 pt', () => withStyle(AT.tenLoai, { fontSizePt: 16 })],
  ['co-chu', 'the chức vụ at 12 pt', () => withStyle(AT.title, { fontSizePt: 12 })],
  ['dinh-dang-thanh-phan', 'the Tiêu ngữ not bold', () => withStyle(AT.tieuNgu, { bold: false })],
  ['dinh-dang-thanh-phan', 'the trích yếu in italic', () => withStyle(AT.trichYeu, { italic: true })],
  ['dinh-dang-thanh-phan', 'the quyền hạn not bold', () => withStyle(AT.authority, { bold: false })],
  [
    'trang-giay',
    'a right margin of 25 mm',
    () => ({ ...styledReport(), meta: { ...styledReport().meta, page: { ...A4_PAGE, marginRightMm: 25 } } }),
  ],
];

describe.each(cases)('%s fires when one attribute is wrong: %s', (ruleId, _what, make) => {
  it('gives exactly that one finding, a warning', () => {
    const findings = checkDocument(make(), { outline: null }).findings;
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([`warning ${ruleId}`]);
  });

  it('and its fix, when it has one, makes the document clean again', () => {
    const doc = make();
    const [finding] = checkDocument(doc, { outline: null }).findings;
    if (!finding?.fix) {
      expect(ruleId).toBe('trang-giay'); // page setup is not a paragraph edit: no data fix
      return;
    }
    expect(shown(applyFixes(doc, [finding.fix]).doc)).toEqual([]);
  });
});
