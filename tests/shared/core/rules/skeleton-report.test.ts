import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { type Io, main } from '../../../../cli/main.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { skeletonToText } from '../../../../shared/core/outline/format-skeleton.ts';
import type { Outline } from '../../../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../../../shared/core/outline/skeleton-block.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';

const { outlines } = loadBuiltInOutlines();
const outline = outlines.find((o) => o.id === 'bao-cao-6-thang') as Outline;
const PARAMS = { donVi: 'Công đoàn cơ sở Trường Tiểu học Hòa Bình', capTren: 'Công đoàn Giáo dục huyện' };

/** The skeleton with the prompts of the first `filled` sections that have one replaced by content. */
function report(filled: number): { text: string; filledHeadings: string[] } {
  const blocks: SkeletonBlock[] = renderSkeleton(outline, PARAMS, new Date(2025, 6, 1));
  const filledHeadings: string[] = [];
  let heading = '';
  const text = blocks.map((b) => {
    if (b.role === 'heading') heading = b.text;
    if (b.role !== 'guidance') return b.text;
    if (filledHeadings.at(-1) !== heading && filledHeadings.length >= filled) return b.text;
    if (filledHeadings.at(-1) !== heading) filledHeadings.push(heading);
    return `Trong 6 tháng, đơn vị đã tổ chức 4 hoạt động với 120 lượt đoàn viên tham gia (mục ${filledHeadings.length}).`;
  });
  return { text: `${text.join('\n\n')}\n`, filledHeadings };
}

async function khungCheck(stdin: string): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { out: (t) => (out += t), err: () => {}, color: false, readStdin: async () => stdin };
  return { code: await main(['check', '-'], io), out };
}

describe('a report made from a skeleton is not its đề cương', () => {
  it('an inserted skeleton left unfilled is a report: errors name the required sections still holding prompts', () => {
    const doc = docFromText(skeletonToText(renderSkeleton(outline, PARAMS)));
    const result = checkDocument(doc, { outline: 'auto', outlines });
    expect(result.match?.outline.id).toBe(outline.id);
    expect(result.match?.isSource).toBe(false);
    expect(result.counts.error).toBeGreaterThan(0);
    const messages = result.findings.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(messages.some((m) => m.includes('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM'))).toBe(true);
    expect(result.findings.some((f) => f.ruleId === 'leftover-guidance')).toBe(true);
  });

  it('filled in three sections only, it still fails, naming only the sections left with their prompts', () => {
    const { text, filledHeadings } = report(3);
    expect(filledHeadings).toHaveLength(3);
    const result = checkDocument(docFromText(text), { outline: 'auto', outlines });
    expect(result.match?.isSource).toBe(false);
    expect(result.counts.error).toBeGreaterThan(0);
    const prompts = result.findings.filter(
      (f) => f.ruleId === 'empty-section' && f.message.includes('gợi ý'),
    );
    const named = prompts.map((f) => f.message);
    for (const h of filledHeadings) expect(named.some((m) => m.includes(`“${h}”`))).toBe(false);
    expect(named.some((m) => m.includes('“IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM”'))).toBe(true);
  });

  it('khung check exits 1 on both, and 0 findings of the kind once every section is written', async () => {
    const unfilled = await khungCheck(skeletonToText(renderSkeleton(outline, PARAMS)));
    expect(unfilled.code).toBe(1);
    expect(unfilled.out).toContain('mới chỉ có lời gợi ý của đề cương');
    const three = await khungCheck(report(3).text);
    expect(three.code).toBe(1);
    const all = checkDocument(docFromText(report(99).text), { outline: 'auto', outlines });
    expect(
      all.findings.filter((f) => f.ruleId === 'leftover-guidance' || f.message.includes('gợi ý')),
    ).toEqual([]);
  });

  it('the đề cương itself says why it is taken for one', async () => {
    const deCuong = skeletonToText(renderSkeleton(outline, PARAMS)).replace(/^BÁO CÁO$/m, 'ĐỀ CƯƠNG BÁO CÁO');
    const result = checkDocument(docFromText(deCuong), { outline: 'auto', outlines });
    expect(result.match?.isSource).toBe(true);
    expect(result.match?.sourceReason).toContain('tên loại của văn bản là “ĐỀ CƯƠNG BÁO CÁO');
    expect((await khungCheck(deCuong)).out).toContain('Văn bản được coi là chính đề cương vì tên loại');
  });
});
