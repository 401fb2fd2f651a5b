import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { finishedReportWarning, reportSigns } from '../../../../shared/core/outline/finished-report.ts';

// Deriving an outline from a finished report gives an "outline" whose prompts are the report's own
// text: the hosts warn. Measured on real documents: the corpus's two báo cáo and the hand-written
// reports of the golden checks must be warned; the seeds' đề cương (and the rest of the corpus:
// kế hoạch, quyết định, công văn…) must not.

const shared = join(import.meta.dirname, '../../../../../shared');
const corpusDir = join(shared, 'corpus/docs');
const repoCorpus = join(import.meta.dirname, '../../../../corpus/docs');
const seedDir = join(shared, 'seeds');
const fixtures = join(import.meta.dirname, '../../../fixtures/check');

const signsOf = (text: string) => reportSigns(analyzeDocument(docFromText(text)));
const read = (file: string) => readFileSync(file, 'utf8');
/** The text without its first `n` lines: a body pasted without its header and title. */
const withoutFirst = (text: string, n: number) => text.split('\n').slice(n).join('\n');

describe('a finished report is told from a đề cương', () => {
  it.each(['bao-cao-6-thang-dung/input.txt', 'bao-cao-cdcs-thieu-muc/input.txt'])(
    'the hand-written report %s is finished',
    (file) => {
      const signs = signsOf(read(join(fixtures, file)));
      expect(signs).toMatchObject({ title: 'report', finished: true });
    },
  );

  it('a report body pasted without its header and title is still finished', () => {
    const text = read(join(fixtures, 'bao-cao-6-thang-dung/input.txt'));
    const body = text.slice(text.search(/^I\. /m));
    expect(signsOf(body)).toMatchObject({ title: 'none', finished: true });
  });

  it('a đề cương of prompts, even titled BÁO CÁO, is not', () => {
    const outline = [
      'BÁO CÁO',
      'Kết quả hoạt động công đoàn năm 2026',
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'Nêu rõ những thuận lợi, khó khăn ảnh hưởng đến hoạt động công đoàn.',
      'II. KẾT QUẢ HOẠT ĐỘNG',
      '1. Công tác tuyên truyền',
      'Đánh giá kết quả tuyên truyền, số đoàn viên được tuyên truyền (nếu có).',
      '2. Công tác chăm lo',
      'Tổng hợp các hoạt động chăm lo cho đoàn viên…',
      'III. PHƯƠNG HƯỚNG',
      'Nêu các nhiệm vụ trọng tâm năm tới.',
    ].join('\n');
    expect(signsOf(outline)).toMatchObject({ title: 'report', finished: false });
  });

  it('says so in plain Vietnamese, with what it counted', () => {
    const warning = finishedReportWarning(
      analyzeDocument(docFromText(read(join(fixtures, 'bao-cao-6-thang-dung/input.txt')))),
    );
    expect(warning).toMatch(/^Văn bản này giống một báo cáo đã viết xong \(\d+\/\d+ đoạn/);
    expect(warning).not.toMatch(/[a-z][A-Z]|undefined/);
  });
});

describe.skipIf(!existsSync(seedDir))('on the real documents beside the repository (../shared)', () => {
  const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)) : [];
  const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : [];
  const reports = corpus.filter((f) => /^\d+-bc-/.test(f));

  it('has the five seeds and the corpus báo cáo', () => {
    expect(seeds).toHaveLength(5);
    expect(reports.length).toBeGreaterThanOrEqual(2);
  });

  it.each(seeds)('seed %s (a đề cương, or a document holding one) is not a finished report', (seed) => {
    const text = read(join(seedDir, seed));
    expect(signsOf(text).finished).toBe(false);
    // Nor is it once its header and title are cut off, as a paste of the body alone would be.
    expect(signsOf(withoutFirst(text, 6)).finished).toBe(false);
  });

  it.each(reports)('the corpus report %s is a finished report', (file) => {
    expect(signsOf(read(join(corpusDir, file))).finished).toBe(true);
  });

  it('no other corpus document (kế hoạch, quyết định, công văn, thông báo…) is taken for one', () => {
    const others = [
      ...corpus.filter((f) => !reports.includes(f)).map((f) => join(corpusDir, f)),
      ...(existsSync(repoCorpus) ? readdirSync(repoCorpus).map((f) => join(repoCorpus, f)) : []),
    ];
    expect(others.length).toBeGreaterThan(30);
    const flagged = others.filter((file) => signsOf(read(file)).finished);
    expect(flagged).toEqual([]);
  });
});
