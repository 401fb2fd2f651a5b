import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { docFromHtml } from '../../../../cli/read/html.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { locateHeader } from '../../../../shared/core/formal/locate-header.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';

// The rules for the top of a document (part A).
const TOP_RULES = new Set([
  'quoc-hieu-tieu-ngu',
  'so-ky-hieu',
  'ngay-thang',
  'ten-loai-trich-yeu',
  'kinh-gui',
  'can-cu',
  'nghi-quyet-02-dated',
  'cap-huyen-sau-2025',
]);
const dir = join(import.meta.dirname, '../../../fixtures/formal');
const files = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
const { outlines } = loadBuiltInOutlines();

describe('correctly formed documents (NĐ 30 Mẫu 1.4 and 1.5, tests/fixtures/formal/)', () => {
  it('there are fixtures, Mẫu 1.4 and Mẫu 1.5 among them', () => {
    expect(files).toEqual(
      expect.arrayContaining(['mau-1-4-ke-hoach.txt', 'mau-1-5-cong-van.txt', 'mau-1-5-cong-van-bang.html']),
    );
  });

  describe.each(files)('%s', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    // .html keeps the two-column header table (blocks with `table` set), as Docs and .docx give it.
    const doc = file.endsWith('.html')
      ? docFromHtml(source, { name: file })
      : docFromText(source, { name: file });

    it('has its header found: Quốc hiệu, Tiêu ngữ, Số, date, trích yếu', () => {
      const h = locateHeader(doc);
      expect([h.quocHieu, h.tieuNgu, h.so, h.date].every((part) => part !== null)).toBe(true);
      expect(h.subject.length).toBeGreaterThan(0);
    });

    it('gives no error from any rule when checked without an outline', () => {
      const errors = checkDocument(doc, { outline: null }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });

    it('gives no finding at all from the rules for the top of the document, with or without outline', () => {
      for (const outline of [null, 'auto'] as const) {
        const mine = checkDocument(doc, { outline, outlines }).findings.filter((f) =>
          TOP_RULES.has(f.ruleId),
        );
        expect(mine.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      }
    });
  });
});
