import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Snippet, SnippetSource } from '../../shared/core/snippets/snippet-schema.ts';
import { fold } from '../../shared/core/text/fold.ts';
import { allSnippets, hasReference, referenceFile } from './library-files.ts';

/** One row of REFERENCE.md §3 (the table of common citations): its text and its dates as ISO. */
type ReferenceRow = { name: string; text: string; dates: string[]; unverified: boolean };

/** The rows of the §3 table of ../shared/domain/REFERENCE.md. */
function referenceRows(markdown: string): ReferenceRow[] {
  const from = markdown.indexOf('## 3.');
  const to = markdown.indexOf('## 4.', from);
  const section = markdown.slice(from, to < 0 ? undefined : to);
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Document') && !l.startsWith('|---'))
    .map((line) => {
      const text = line.replace(/\*\*/g, '');
      const dates = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].map(
        (m) => `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`,
      );
      const cells = text.split('|').map((c) => c.trim());
      // The tag cell opens with the row's own tag; a later [P] may qualify only a side note.
      return { name: cells[1] ?? '', text, dates, unverified: /^\[[PU]\]/.test(cells[3] ?? '') };
    });
}

/** Dates written in a body in the NĐ 30 form, as ISO. */
const bodyDates = (body: string): string[] =>
  [...body.matchAll(/ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})/g)].map(
    (m) => `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${m[1]}`,
  );

const snippets = allSnippets();
const cited = snippets.filter((s): s is Snippet & { source: SnippetSource } => s.source !== undefined);
/** A law is cited by name and date, without its number (NĐ 30, Phụ lục I, II.6.a). */
const isLaw = (source: SnippetSource) => /^(Bộ )?[Ll]uật/.test(source.title);

describe('citations (căn cứ / thực hiện) carry their source', () => {
  it('every căn cứ that names a law, a charter or a numbered document has a source', () => {
    for (const s of snippets.filter((x) => x.group === 'can-cu')) {
      if (/Luật|Điều lệ|số \d/.test(s.body)) expect(s.source, s.id).toBeDefined();
    }
    expect(cited.length).toBeGreaterThanOrEqual(15);
  });

  it('covers the citations REFERENCE.md §3 lists', () => {
    const numbers = cited.map((s) => s.source.number);
    for (const n of [
      '12/2012/QH13',
      '50/2024/QH15',
      '97/2025/QH15',
      '45/2019/QH14',
      '145/2020/NĐ-CP',
      '02-NQ/TW',
      '20-NQ/TW',
      '2399/QĐ-TLĐ',
      '38/HD-TLĐ',
      '933/QĐ-TLĐ',
      '30/2020/NĐ-CP',
      '66-QĐ/TW',
      '191/2013/NĐ-CP',
      '06/2022/QH15',
      '10/2022/QH15',
      '22/KH-TLĐ',
    ])
      expect(numbers, n).toContain(n);
  });

  it('cites a law by name and date, never by number; other documents by number', () => {
    for (const s of cited) {
      if (!s.source.number) continue;
      if (isLaw(s.source)) expect(s.body, s.id).not.toContain(s.source.number);
      else if (!/^Điều lệ/.test(s.source.title)) expect(s.body, s.id).toContain(s.source.number);
    }
  });

  it('writes in the body the same date the source gives', () => {
    for (const s of cited) {
      const dates = bodyDates(s.body);
      if (s.source.date && dates.length > 0) expect(dates, s.id).toContain(s.source.date);
      // An unchecked date is not written in: the officer fills it from the original.
      if (!s.source.date)
        expect(s.body, `${s.id}: ngày chưa kiểm chứng phải là ô để điền`).toMatch(/\{\{\w+\}\}/);
    }
  });

  it('always dates Nghị quyết 02-NQ/TW (two resolutions share the number)', () => {
    const with02 = snippets.filter((s) => s.body.includes('02-NQ/TW'));
    expect(with02.length).toBeGreaterThan(0);
    for (const s of with02) expect(s.body, s.id).toContain('ngày 12 tháng 6 năm 2021');
  });
});

describe.skipIf(!hasReference)('citations agree with ../shared/domain/REFERENCE.md §3', () => {
  const rows = hasReference ? referenceRows(readFileSync(referenceFile, 'utf8')) : [];
  const rowsOf = (source: SnippetSource) =>
    rows.filter((r) =>
      source.number ? r.text.includes(source.number) : fold(r.name).startsWith(fold(source.title)),
    );

  it('reads the §3 table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cited.map((s) => [s.id, s] as const))('%s: number and dates match a row', (_, s) => {
    const found = rowsOf(s.source);
    expect(
      found.length,
      `${s.id}: REFERENCE.md §3 không có ${s.source.number ?? s.source.title}`,
    ).toBeGreaterThan(0);
    for (const key of ['date', 'inForceFrom', 'inForceUntil'] as const) {
      const value = s.source[key];
      if (value)
        expect(
          found.flatMap((r) => r.dates),
          `${s.id}.${key}`,
        ).toContain(value);
    }
  });

  it.each(cited.map((s) => [s.id, s] as const))(
    '%s: verified only when REFERENCE.md marks it [V]',
    (_, s) => {
      if (!s.source.verified) return;
      const found = rowsOf(s.source);
      expect(
        found.some((r) => !r.unverified),
        `${s.id}: REFERENCE.md ghi [P]/[U] — đặt verified: false`,
      ).toBe(true);
    },
  );
});

describe.skipIf(hasReference)(
  'citations against REFERENCE.md: skipped, ../shared/domain/REFERENCE.md is absent',
  () => {
    it('has nothing to compare with outside the workspace', () => {
      expect(hasReference).toBe(false);
    });
  },
);
