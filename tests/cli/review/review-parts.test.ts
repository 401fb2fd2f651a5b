import { describe, expect, it } from 'vitest';
import { colors } from '../../../cli/format-text.ts';
import { toCsv } from '../../../cli/review/csv-report.ts';
import { formatSummary } from '../../../cli/review/format-summary.ts';
import { toHtml } from '../../../cli/review/html-report.ts';
import { createProgress } from '../../../cli/review/progress.ts';
import type { ReviewEntry, ReviewReport } from '../../../cli/review/review-model.ts';
import { mapPool } from '../../../cli/review/run-pool.ts';

const entry = (over: Partial<ReviewEntry>): ReviewEntry => ({
  id: 'id',
  name: 'Báo cáo',
  kind: 'gdoc',
  status: 'ok',
  counts: { error: 0, warning: 0, info: 0 },
  present: [true, true],
  findings: [],
  cached: false,
  ...over,
});

const report: ReviewReport = {
  folder: { id: 'f', name: 'Thư mục <b>“thử”</b>' },
  outline: { id: 'o', title: 'Đề cương' },
  generatedAt: '2026-11-21T03:00:00.000Z',
  sections: [
    { path: 'I', heading: 'I. TÌNH HÌNH', label: 'I. TÌNH HÌNH' },
    { path: 'II.1', heading: '1. Kiến nghị, đề xuất', label: 'II.1 Kiến nghị, đề xuất' },
  ],
  entries: [
    entry({ id: 'a', name: 'Đơn vị "A", tổ 1' }),
    entry({
      id: 'b',
      name: 'Đơn vị <B>',
      status: 'errors',
      counts: { error: 1, warning: 2, info: 0 },
      present: [true, false],
      findings: [{ ruleId: 'required-section', severity: 'error', message: 'Thiếu mục', where: 'đoạn 3' }],
    }),
    entry({
      id: 'c',
      name: 'hỏng.docx',
      kind: 'docx',
      status: 'failed',
      present: [false, false],
      problem: 'Tệp .docx bị hỏng',
    }),
  ],
  totals: { ok: 1, errors: 1, failed: 1, skipped: 0 },
};

describe('review outputs', () => {
  it('CSV: quotes commas and quotes, leaves the cells of an unread file empty', () => {
    const lines = toCsv(report).slice(1).split('\r\n');
    expect(lines[1]).toBe('"Đơn vị ""A"", tổ 1",Google Docs,Đạt,0,0,0,0,Có,Có,,');
    expect(lines[2]).toBe('Đơn vị <B>,Google Docs,Có lỗi,1,2,0,1,Có,Thiếu,,');
    expect(lines[3]).toBe('hỏng.docx,.docx,Không đọc được,,,,,,,Tệp .docx bị hỏng,');
  });

  it('HTML: escapes names that come from other people', () => {
    const html = toHtml(report);
    expect(html).toContain('Thư mục &lt;b&gt;“thử”&lt;/b&gt;');
    expect(html).toContain('Đơn vị &lt;B&gt;');
    expect(html).not.toContain('<B>');
    expect(html).toContain('<td class="na" colspan="2">Không đọc được: Tệp .docx bị hỏng</td>');
  });

  it('terminal: one row a file with the missing sections, then the totals', () => {
    const text = formatSummary(report, colors(false));
    expect(text).toMatch(/ 2 {2}Đơn vị <B>\s+Có lỗi\s+1\s+2 {2}II\.1\n/);
    expect(text).toMatch(/ 3 {2}hỏng\.docx\s+Không đọc được\s+Tệp \.docx bị hỏng\n/);
    expect(text).toContain('3 tệp: 1 đạt, 1 có lỗi, 1 không đọc được, 0 bỏ qua.');
  });
});

describe('progress', () => {
  it('draws a bar in place on a terminal', () => {
    let out = '';
    const p = createProgress((t) => {
      out += t;
    }, true);
    p.begin(4);
    p.done(entry({ name: 'một' }));
    p.done(entry({ name: 'hai' }));
    p.end();
    expect(out).toContain('\r\u001b[K[████████████░░░░░░░░░░░░] 2/4 hai');
    expect(out).not.toContain('\n');
  });

  it('prints one plain line a file otherwise', () => {
    const lines: string[] = [];
    const p = createProgress((t) => lines.push(t), false);
    p.begin(2);
    p.done(entry({ name: 'một', cached: true }));
    p.retry('hai', 1500, 429);
    p.done(entry({ name: 'hai', status: 'failed', problem: 'Không có quyền' }));
    expect(lines).toEqual([
      'khung: đọc 2 tệp…\n',
      'khung: [1/2] một — Đạt (0 lỗi, 0 cảnh báo, từ bộ nhớ đệm)\n',
      'khung: hai: 429; chờ 1.5 giây rồi thử lại\n',
      'khung: [2/2] hai — Không đọc được: Không có quyền\n',
    ]);
  });
});

describe('mapPool', () => {
  it('keeps at most `limit` calls in flight and the results in input order', async () => {
    let inFlight = 0;
    let most = 0;
    const result = await mapPool([50, 10, 30, 5, 20, 1, 15], 3, async (ms, i) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return i;
    });
    expect(result).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});
