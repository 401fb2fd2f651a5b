import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUP_PLACEMENT,
  planInsert,
  snippetPlacement,
} from '../../../../shared/core/snippets/insert-placement.ts';
import { SnippetGroup } from '../../../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../../../shared/library/bundled.ts';

const KINH_GUI = 'Kính gửi: Liên đoàn Lao động tỉnh Cao Bằng';
const CAN_CU = 'Căn cứ Luật Công đoàn ngày 27 tháng 11 năm 2024;';

describe('planInsert: a block starts its own paragraph, an inline snippet goes in at the caret', () => {
  it.each([
    // [caret before, caret after, text to insert]
    ['Báo cáo như sau:', '', `\n${KINH_GUI}`],
    ['Báo cáo như sau: ', 'Căn cứ', `\n${KINH_GUI}\n`],
    ['', 'Căn cứ Luật', `${KINH_GUI}\n`],
    ['', '', KINH_GUI],
    ['   ', ' ', KINH_GUI],
  ])('a block after %j and before %j inserts %j', (before, after, text) => {
    const plan = planInsert('block', KINH_GUI, { before, after });
    expect(plan.text).toBe(text);
    expect(plan.body).toBe(KINH_GUI);
    expect(plan.splitBefore).toBe(text.startsWith('\n'));
    expect(plan.splitAfter).toBe(text.endsWith('\n'));
  });

  it('never glues a block onto the line it is inserted into (the "như sau:Kính gửi" bug)', () => {
    const before = 'Ban Thường vụ báo cáo như sau:';
    const after = 'Căn cứ Luật Công đoàn';
    const plan = planInsert('block', `${KINH_GUI}\n${CAN_CU}`, { before, after });
    expect(`${before}${plan.text}${after}`.split('\n')).toEqual([before, KINH_GUI, CAN_CU, after]);
  });

  it.each([
    ['của ', '', 'đoàn viên, người lao động', 'đoàn viên, người lao động'],
    ['của', ' trong', 'đoàn viên, người lao động', ' đoàn viên, người lao động'],
    ['của', 'trong', 'đoàn viên', ' đoàn viên '],
    ['Hoàn thành', '', './.', './.'],
    ['(', ')', 'CNVCLĐ', 'CNVCLĐ'],
    ['', '', 'đoàn viên', 'đoàn viên'],
  ])('inline after %j and before %j inserts %j as %j', (before, after, body, text) => {
    const plan = planInsert('inline', body, { before, after });
    expect(plan).toMatchObject({ placement: 'inline', splitBefore: false, splitAfter: false, text });
  });

  it('inserts the body exactly as it is when the host cannot tell the caret context', () => {
    expect(planInsert('block', KINH_GUI, null).text).toBe(KINH_GUI);
    expect(planInsert('inline', 'đoàn viên', null).text).toBe('đoàn viên');
  });

  const line = fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' '));
  const body = fc
    .array(
      line.filter((s) => s.trim() !== ''),
      { minLength: 1, maxLength: 4 },
    )
    .map((lines) => lines.join('\n'));

  it('a block always ends up as whole paragraphs, the caret line split around it', () => {
    fc.assert(
      fc.property(line, line, body, (before, after, text) => {
        const plan = planInsert('block', text, { before, after });
        const result = `${before}${plan.text}${after}`.split('\n');
        const lines = text.split('\n');
        const head = before.trim() === '' ? [] : [before];
        const tail = after.trim() === '' ? [] : [after];
        const expected = [...head, ...lines, ...tail];
        // Blank context stays on the body's first/last line, as typed whitespace would.
        if (head.length === 0) expected[0] = `${before}${expected[0]}`;
        if (tail.length === 0) expected[expected.length - 1] = `${expected.at(-1)}${after}`;
        expect(result).toEqual(expected);
      }),
    );
  });

  it('an inline snippet adds no line break and at most one space on either side', () => {
    fc.assert(
      fc.property(line, line, line, (before, after, text) => {
        const plan = planInsert('inline', text, { before, after });
        expect(plan.text.includes('\n')).toBe(false);
        const at = plan.text.indexOf(text);
        expect(at === 0 || plan.text.slice(0, at) === ' ').toBe(true);
        expect(plan.text.slice(at + text.length).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('snippetPlacement: the snippet says, else its group', () => {
  it('gives every group a default, with only standard phrases inline', () => {
    expect(Object.keys(GROUP_PLACEMENT).sort()).toEqual([...SnippetGroup.options].sort());
    const inline = SnippetGroup.options.filter((g) => GROUP_PLACEMENT[g] === 'inline');
    expect(inline).toEqual(['cum-tu']);
  });

  it('uses the snippet own placement over its group', () => {
    expect(snippetPlacement({ group: 'ket-thuc' })).toBe('block');
    expect(snippetPlacement({ group: 'ket-thuc', placement: 'inline' })).toBe('inline');
    expect(snippetPlacement({ group: 'cum-tu', placement: 'block' })).toBe('block');
  });

  const library = bundledSnippets();
  it('makes every built-in snippet of several lines a block', () => {
    const multiLine = library.filter((s) => s.body.includes('\n'));
    expect(multiLine.length).toBeGreaterThan(20);
    for (const s of multiLine) expect(snippetPlacement(s), s.id).toBe('block');
  });

  it('keeps the built-in phrases inline and whole sentences as blocks', () => {
    const byId = (id: string) => library.find((s) => s.id === id) ?? { group: 'cum-tu' as const };
    expect(snippetPlacement(byId('cum-tu-doan-vien-nld'))).toBe('inline');
    expect(snippetPlacement(byId('ket-thuc-dau-het'))).toBe('inline');
    expect(snippetPlacement(byId('cum-tu-han-che'))).toBe('block');
    expect(snippetPlacement(byId('kinh-gui-mot-noi'))).toBe('block');
    expect(snippetPlacement(byId('can-cu-luat-cong-doan-2024'))).toBe('block');
  });
});
