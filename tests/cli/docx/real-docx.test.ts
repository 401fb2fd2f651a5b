import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../cli/docx/read-docx.ts';
import { packageRoot } from '../../../cli/package-root.ts';
import { sharedDir } from '../../../scripts/corpus/load-corpus.ts';

const corpus = join(sharedDir(packageRoot()), 'corpus');
const raw = join(corpus, 'raw');
const files = existsSync(raw) ? readdirSync(raw).filter((f) => f.toLowerCase().endsWith('.docx')) : [];
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

// The real Word reports among the corpus sources (../shared/corpus/raw); skipped on a clone without it.
describe.skipIf(files.length === 0)('readDocx on the real .docx reports of the corpus', () => {
  it.each(files)(
    '%s: the paragraphs outside tables are the lines of the corpus text, in order',
    async (name) => {
      const doc = await readDocx(readFileSync(join(raw, name)), name);
      expect(doc.blocks.length).toBeGreaterThan(10);
      const text = join(corpus, 'docs', name.replace(/\.docx$/i, '.txt'));
      if (!existsSync(text)) return;
      const lines = readFileSync(text, 'utf8').split('\n').map(norm).filter(Boolean);
      let at = 0;
      const unmatched: string[] = [];
      for (const block of doc.blocks.filter((b) => !b.table)) {
        const found = lines.indexOf(norm(block.text), at);
        if (found < 0) unmatched.push(block.text);
        else at = found + 1;
      }
      expect(unmatched).toEqual([]);
    },
  );

  it.skipIf(!files.includes('06-bc-chi-bo-ap-hoc-thom-1-thang-4-2026.docx'))(
    'reads the Hóc Thơm 1 report’s page, fonts, header table and signature as Word shows them',
    async () => {
      const name = '06-bc-chi-bo-ap-hoc-thom-1-thang-4-2026.docx';
      const doc = await readDocx(readFileSync(join(raw, name)), name);
      expect(doc.meta.page).toEqual({
        widthMm: 210,
        heightMm: 297,
        marginTopMm: 10,
        marginBottomMm: 12.5,
        marginLeftMm: 30,
        marginRightMm: 15,
      });
      const block = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));
      expect(block('CHI BỘ ẤP HÓC THƠM 1')).toMatchObject({
        style: { bold: true, alignment: 'center', fontFamily: 'Times New Roman', fontSizePt: 14 },
        table: { table: 0, row: 0, cell: 0 },
      });
      expect(block('Hòa Khánh, ngày 06 tháng 5 năm 2026')?.style).toMatchObject({
        italic: true,
        alignment: 'right',
      });
      expect(block('I- Kết quả thực hiện nhiệm vụ')?.style).toMatchObject({
        bold: true,
        alignment: 'justify',
        indentFirstLinePt: 36,
      });
      expect(block('Nơi nhận:')?.style).toMatchObject({ bold: false, italic: false });
      expect(block('Trần Văn Bướng')).toMatchObject({
        style: { bold: true },
        table: { table: 1, row: 0, cell: 1 },
      });
    },
  );
});
