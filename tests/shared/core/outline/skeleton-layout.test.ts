import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { openingBlocks } from '../../../../shared/core/outline/opening-lines.ts';
import type { Outline } from '../../../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import {
  HEADER_WIDTHS_PT,
  resolveLook,
  SKELETON_PAGE,
  skeletonLayout,
} from '../../../../shared/core/outline/skeleton-layout.ts';

const { outlines } = loadBuiltInOutlines();
const outline = (id: string) => outlines.find((o) => o.id === id) as Outline;

describe('the page a skeleton is laid out on', () => {
  const pieces = skeletonLayout(
    renderSkeleton(outline('bao-cao-6-thang'), { nguoiKy: 'Nguyễn Văn An' }, new Date(2026, 0, 5)),
  );

  it('opens with the header table and closes with Nơi nhận beside the signature', () => {
    const first = pieces[0];
    const last = pieces.at(-1);
    if (first?.kind !== 'columns' || last?.kind !== 'columns') throw new Error('two tables expected');
    expect(first.widths).toEqual(HEADER_WIDTHS_PT);
    expect(first.left.map((l) => l.text)).toEqual(['……', '……', 'Số: /……']);
    expect(first.right.map((l) => l.ruleBelow)).toEqual([undefined, 'text', undefined]);
    expect(first.left.map((l) => l.ruleBelow)).toEqual([undefined, 'part', undefined]);
    expect(last.widths, 'the closing columns share the width evenly').toBeUndefined();
    expect(last.left[0]).toMatchObject({ text: 'Nơi nhận:', style: { alignment: 'left', bold: true } });
    // Room to sign: three blank lines between the chức vụ and the name.
    expect(last.right.map((l) => l.text)).toEqual([
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      '',
      '',
      '',
      'Nguyễn Văn An',
    ]);
    expect(pieces.slice(1, -1).every((p) => p.kind === 'paragraph')).toBe(true);
  });

  it('fits the header table in the text width of A4 less NĐ 30 margins', () => {
    const text =
      ((SKELETON_PAGE.widthMm - SKELETON_PAGE.marginLeftMm - SKELETON_PAGE.marginRightMm) * 72) / 25.4;
    expect(Math.abs(HEADER_WIDTHS_PT[0] + HEADER_WIDTHS_PT[1] - text)).toBeLessThan(1);
  });

  it('writes every line in Times New Roman at 11–14 pt, guidance grey italic, the rest black', () => {
    const lines = pieces.flatMap((p) => (p.kind === 'paragraph' ? [p.line] : [...p.left, ...p.right]));
    for (const l of lines) {
      const look = resolveLook(l);
      expect(look.fontFamily).toBe('Times New Roman');
      expect(look.fontSizePt).toBeGreaterThanOrEqual(11);
      expect(look.fontSizePt).toBeLessThanOrEqual(14);
      expect(look.color).toBe(l.guidance ? '#7f7f7f' : '#000000');
      if (l.guidance) expect(look.italic).toBe(true);
    }
    const headings = lines.filter((l) => l.style.headingLevel !== undefined).map(resolveLook);
    expect(headings.length).toBeGreaterThan(10);
    for (const h of headings) expect([h.fontSizePt, h.alignment]).toEqual([14, 'justify']);
  });
});

describe('the opening of a skeleton', () => {
  it('is one body paragraph when it is one sentence', () => {
    expect(openingBlocks('Thực hiện Kế hoạch số 12/KH-LĐLĐ, Ban Chấp hành báo cáo như sau:')).toEqual([
      {
        role: 'opening',
        text: 'Thực hiện Kế hoạch số 12/KH-LĐLĐ, Ban Chấp hành báo cáo như sau:',
        style: { alignment: 'justify', indentFirstLinePt: 36 },
      },
    ]);
  });

  it('of a quyết định: the authority bold in capitals, each căn cứ italic on its line, QUYẾT ĐỊNH: bold', () => {
    const blocks = openingBlocks(
      'Ban Chấp hành Công đoàn cơ sở\nCăn cứ Điều lệ Công đoàn Việt Nam;\nCăn cứ Quy chế làm việc;\nTheo đề nghị của Ủy ban Kiểm tra.\nQUYẾT ĐỊNH:',
    );
    expect(
      blocks.map((b) => [b.text, b.style.bold ?? false, b.style.italic ?? false, b.style.alignment]),
    ).toEqual([
      ['BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ', true, false, 'center'],
      ['Căn cứ Điều lệ Công đoàn Việt Nam;', false, true, 'justify'],
      ['Căn cứ Quy chế làm việc;', false, true, 'justify'],
      ['Theo đề nghị của Ủy ban Kiểm tra.', false, true, 'justify'],
      ['QUYẾT ĐỊNH:', true, false, 'center'],
    ]);
  });

  it('of the built-in quyết định renders so, one block a line', () => {
    const blocks = renderSkeleton(outline('quyet-dinh'), {}).filter((b) => b.role === 'opening');
    expect(blocks.length).toBe(5);
    expect(blocks.every((b) => !b.text.includes('\n'))).toBe(true);
  });
});
