import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../review/review-env.ts';
import { wordReport } from './word-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'khung-word-'));
const OUTLINE = 'thanh-hoa-bao-cao-cdcs-nam-2023';

interface Finding {
  ruleId: string;
  message: string;
}
interface CheckJson {
  sections: Array<{ found: boolean; required: boolean; label?: string; title: string }>;
  findings: Finding[];
}

async function check(file: string): Promise<CheckJson> {
  const { out, err } = await run('check', file, '--outline', OUTLINE, '--format', 'json');
  expect(err).toBe('');
  return JSON.parse(out) as CheckJson;
}

const FORMAT_RULES = ['phong-chu', 'co-chu', 'trang-giay', 'dinh-dang-thanh-phan'];
const formatFindings = (json: CheckJson) => json.findings.filter((f) => FORMAT_RULES.includes(f.ruleId));

describe('a report written in Word, headings numbered by Word’s lists', () => {
  let good = '';
  beforeAll(async () => {
    good = join(dir, 'bao-cao-word.docx');
    writeFileSync(good, await wordReport());
  });

  it('`khung check` finds every required section by its Word-drawn label, and no format fault', async () => {
    const json = await check(good);
    expect(json.sections.filter((s) => s.required && !s.found)).toEqual([]);
    expect(json.findings.filter((f) => f.ruleId === 'required-section')).toEqual([]);
    expect(formatFindings(json)).toEqual([]);
  });

  it('`khung derive` gives the sections I, II, III … and under them 1, 2 …', async () => {
    const { code, out } = await run('derive', good);
    expect(code).toBe(0);
    type Section = { label?: string; title: string; children?: Section[] };
    const { sections } = JSON.parse(out) as { sections: Section[] };
    expect(sections.map((s) => s.label)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(sections[1]?.children?.map((s) => [s.label, s.title])).toEqual([
      ['1', 'Công tác tham gia quản lý cơ quan, đơn vị'],
      ['2', 'Công tác tuyên truyền, giáo dục chính trị, tư tưởng cho đoàn viên và CBCCVCLĐ'],
    ]);
    expect(sections[2]?.children?.map((s) => s.label)).toEqual(['1', '2', '3']);
  });

  it('flags a body in Arial 12: the font and the size, NĐ 30 cited', async () => {
    const file = join(dir, 'arial-12.docx');
    writeFileSync(file, await wordReport({ bodyFont: 'Arial', bodyHalfPoints: 24 }));
    const findings = formatFindings(await check(file));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['co-chu', 'phong-chu']);
    expect(findings.find((f) => f.ruleId === 'phong-chu')?.message).toMatch(
      /^\d+ đoạn dùng phông “Arial”; NĐ 30 quy định phông Times New Roman/,
    );
    expect(findings.find((f) => f.ruleId === 'co-chu')?.message).toMatch(
      /đoạn đầu 12 pt\); NĐ 30 quy định 13–14 pt \(NĐ 30\/2020/,
    );
  });

  it('flags margins outside NĐ 30 from the section’s page setup', async () => {
    const file = join(dir, 'le-hep.docx');
    const narrow =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>';
    writeFileSync(file, await wordReport({ sectPr: narrow }));
    expect(formatFindings(await check(file)).map((f) => [f.ruleId, f.message])).toEqual([
      [
        'trang-giay',
        'Lề trang chưa đúng NĐ 30: lề trái 20 mm (cần 30–35 mm) (NĐ 30/2020, Phụ lục I, mục I.3).',
      ],
    ]);
  });
});
