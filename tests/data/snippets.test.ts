import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { snippetJsonSchema } from '../../scripts/json-schemas.ts';
import { fillSnippet, snippetFields } from '../../shared/core/snippets/fill-snippet.ts';
import { createSnippetIndex, searchSnippets } from '../../shared/core/snippets/search-snippets.ts';
import { SnippetFile, SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';
import { fold, foldWords } from '../../shared/core/text/fold.ts';
import { allSnippets, loadSnippetFile, snippetFileNames, snippetsDir } from './library-files.ts';

const snippets = allSnippets();
const byGroup = (group: SnippetGroup) => snippets.filter((s) => s.group === group);
const lines = (body: string) => body.split('\n');
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

describe('snippets/*.json', () => {
  it('has one file per group, named after the group', () => {
    expect(snippetFileNames).toEqual(SnippetGroup.options.map((g) => `${g}.json`).sort());
  });

  it.each(snippetFileNames)('%s validates, points at the schema and holds only its own group', (file) => {
    const data = loadSnippetFile(file);
    expect(data.$schema).toBe('./snippet.schema.json');
    expect(data.snippets.length).toBeGreaterThan(0);
    for (const s of data.snippets) expect(`${s.group}.json`, s.id).toBe(file);
  });

  it('holds at least 80 snippets, with ids unique across files', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(80);
    const ids = snippets.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('is written in Vietnamese, with the unaccented label among the search terms', () => {
    for (const s of snippets) {
      expect(s.label, s.id).toMatch(VIETNAMESE_LETTER);
      const plain = foldWords(s.label).join(' ');
      expect(
        s.terms.map((t) => foldWords(t).join(' ')),
        `${s.id}: thêm “${plain}” vào terms`,
      ).toContain(plain);
      expect(
        s.terms.some((t) => t === fold(t)),
        `${s.id}: cần ít nhất một từ khóa không dấu`,
      ).toBe(true);
    }
  });

  it('declares a typed field for every {{placeholder}} and uses every declared field', () => {
    for (const s of snippets) {
      const declared = s.fields ?? [];
      expect(snippetFields(s), `${s.id}: ô {{…}} chưa khai báo trong fields`).toEqual(declared);
      for (const f of declared)
        expect(s.body, `${s.id}: trường ${f.name} không dùng`).toContain(`{{${f.name}}}`);
      for (const f of declared.filter((d) => d.type === 'choice'))
        expect(f.options?.length, `${s.id}.${f.name}: lựa chọn cần options`).toBeGreaterThan(1);
    }
  });

  it('fills every snippet without leaving a {{placeholder}}, blanks shown as "……"', () => {
    for (const s of snippets) {
      const text = fillSnippet(s, {}, new Date(2026, 10, 21));
      expect(text, s.id).not.toMatch(/\{\{|\}\}/);
      if (snippetFields(s).some((f) => f.type !== 'date' && !f.default)) expect(text, s.id).toContain('……');
    }
  });

  it('marks every legacy snippet with a note saying why', () => {
    const legacy = snippets.filter((s) => s.legacy);
    expect(legacy.length).toBeGreaterThan(0);
    for (const s of legacy) expect(s.note, s.id).toMatch(/01\/7\/2025|thay thế|văn bản cũ/);
  });

  it('finds each snippet by its unaccented label among the first three results', () => {
    const index = createSnippetIndex(snippets);
    for (const s of snippets) {
      const top = searchSnippets(index, foldWords(s.label).join(' '), { limit: 3 }).map((r) => r.id);
      expect(top, s.id).toContain(s.id);
    }
  });
});

describe('the formal blocks follow NĐ 30/2020/NĐ-CP, Phụ lục I', () => {
  it('every Nơi nhận: the "Nơi nhận:" line, then "-" lines ending ";", the last "- Lưu: VT, …."', () => {
    expect(byGroup('noi-nhan').length).toBeGreaterThanOrEqual(8);
    for (const s of byGroup('noi-nhan')) {
      const [head, ...l] = lines(s.body);
      expect(head, s.id).toBe('Nơi nhận:');
      for (const line of l.slice(0, -1)) expect(line, s.id).toMatch(/^- \S.*;$/);
      expect(l.at(-1), s.id).toMatch(/^- Lưu: VT, \S.*\.$/);
      expect(fillSnippet(s, {}).split('\n').at(-1), s.id).toBe('- Lưu: VT, …….');
    }
  });

  it('Nơi nhận of a báo cáo, tờ trình or công văn starts "- Như trên;", of a quyết định "- Như Điều …;"', () => {
    const first = (id: string) => lines(snippets.find((s) => s.id === id)?.body ?? '')[1];
    for (const id of ['noi-nhan-bao-cao-cap-tren', 'noi-nhan-cong-van', 'noi-nhan-to-trinh'])
      expect(first(id), id).toBe('- Như trên;');
    expect(first('noi-nhan-quyet-dinh')).toBe('- Như Điều {{dieu}};');
    for (const s of byGroup('noi-nhan').filter((n) => /ke-hoach|huong-dan/.test(n.id)))
      expect(lines(s.body)[1], s.id).not.toBe('- Như trên;');
  });

  it('every Kính gửi: one recipient on the line, or "-" lines ending ";" and the last "."', () => {
    for (const s of byGroup('kinh-gui')) {
      const [head, ...rest] = lines(s.body);
      if (rest.length === 0) {
        expect(head, s.id).toMatch(/^Kính gửi: \S/);
        continue;
      }
      expect(head, s.id).toBe('Kính gửi:');
      for (const line of rest.slice(0, -1)) expect(line, s.id).toMatch(/^- \S.*;$/);
      expect(rest.at(-1), s.id).toMatch(/^- \S.*\.$/);
    }
  });

  it('offers the signature forms TM. BAN THƯỜNG VỤ, TM. BAN CHẤP HÀNH, TM. ĐOÀN CHỦ TỊCH, KT., TL., TUQ.', () => {
    const firsts = byGroup('chu-ky').map((s) => lines(s.body)[0]);
    for (const a of [
      'TM. BAN THƯỜNG VỤ',
      'TM. BAN CHẤP HÀNH',
      'TM. ĐOÀN CHỦ TỊCH',
      'KT. CHỦ TỊCH',
      'TL. CHỦ TỊCH',
      'TUQ. CHỦ TỊCH',
    ])
      expect(firsts).toContain(a);
    for (const s of byGroup('chu-ky')) {
      expect(lines(s.body).at(-1), s.id).toBe('{{nguoiKy}}');
      // Quyền hạn and chức vụ in capitals (NĐ 30, Phụ lục I, II.7).
      for (const line of lines(s.body).filter((l) => l && !l.startsWith('{{')))
        expect(line, s.id).toBe(line.toLocaleUpperCase('vi'));
    }
  });

  it('the date line gives today in the NĐ 30 form', () => {
    const dateLine = snippets.find((s) => s.id === 'dia-danh-ngay-thang');
    expect(dateLine?.fields?.find((f) => f.name === 'ngay')?.type).toBe('date');
    if (dateLine)
      expect(fillSnippet(dateLine, { diaDanh: 'Cao Bằng' }, new Date(2026, 0, 5))).toBe(
        'Cao Bằng, ngày 05 tháng 01 năm 2026',
      );
  });

  it('every date written in a body has the NĐ 30 zero padding', () => {
    for (const s of snippets) {
      for (const m of s.body.matchAll(/ngày (\d+) tháng (\d+) năm \d{4}/g)) {
        expect(m[1], `${s.id}: ${m[0]}`).toMatch(/^(0[1-9]|[12]\d|3[01])$/);
        expect(m[2], `${s.id}: ${m[0]}`).toMatch(/^(0[12]|[3-9]|1[0-2])$/);
      }
    }
  });

  it('header snippets exist for each union level, the district level marked legacy', () => {
    const headers = byGroup('tieu-de').map((s) => s.body);
    for (const level of [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH',
      'CÔNG ĐOÀN CƠ SỞ',
      'CÔNG ĐOÀN VIÊN CHỨC TỈNH',
      'CÔNG ĐOÀN NGÀNH',
    ])
      expect(
        headers.some((h) => h.includes(level)),
        level,
      ).toBe(true);
    for (const s of snippets.filter((x) =>
      /LIÊN ĐOÀN LAO ĐỘNG HUYỆN|LĐLĐ HUYỆN|Lao động huyện|các huyện/.test(x.body),
    ))
      expect(s.legacy, s.id).toBe(true);
  });

  it('header and signature lines print a field in capitals however it was typed ("TỈNH CAO BẰNG")', () => {
    for (const s of [...byGroup('tieu-de'), ...byGroup('chu-ky')]) {
      const fields = snippetFields(s);
      const typed = Object.fromEntries(fields.map((f) => [f.name, f.type === 'date' ? '' : 'Cao Bằng']));
      const filled = lines(fillSnippet(s, typed, new Date(2026, 0, 5)));
      for (const [i, line] of lines(s.body).entries()) {
        const own = line.replace(/\{\{[^}]*\}\}/g, '').trim();
        // A line of capitals, or a field alone on its line where NĐ 30 prints capitals (not the signer's name).
        const alone = /^\{\{\s*(\w+)\s*\}\}$/.exec(line)?.[1];
        if (
          (own && own === own.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(own)) ||
          (alone && alone !== 'nguoiKy')
        )
          expect(filled[i], `${s.id}: ${line}`).toBe(filled[i]?.toLocaleUpperCase('vi'));
        if (alone === 'nguoiKy') expect(filled[i], s.id).toBe('Cao Bằng');
      }
    }
  });
});

describe('snippets/snippet.schema.json', () => {
  const file = join(snippetsDir, 'snippet.schema.json');

  it('is the schema generated from zod (run `npm run schema` when this fails)', () => {
    // Compared as data: Biome formats the committed file, so its line breaks may differ.
    expect(
      JSON.parse(readFileSync(file, 'utf8')),
      'snippet.schema.json đã cũ: chạy `npm run schema`',
    ).toEqual(JSON.parse(snippetJsonSchema()));
  });

  it('accepts every snippet file and rejects a bad one, read back as a validator', () => {
    const validator = z.fromJSONSchema(JSON.parse(snippetJsonSchema()) as Record<string, unknown>);
    for (const f of snippetFileNames)
      expect(validator.safeParse(JSON.parse(readFileSync(join(snippetsDir, f), 'utf8'))).success, f).toBe(
        true,
      );
    const bad = { title: 'x', snippets: [{ id: 'Sai Id', label: '', group: 'khac', terms: [], body: 'x' }] };
    expect(validator.safeParse(bad).success).toBe(false);
    expect(SnippetFile.safeParse(bad).success).toBe(false);
  });
});
