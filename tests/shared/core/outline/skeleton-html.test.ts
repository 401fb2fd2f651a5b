import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { docFromHtml } from '../../../../cli/read/html.ts';
import { docFromParagraphs } from '../../../../shared/core/document/from-paragraphs.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../../../shared/core/outline/skeleton-block.ts';
import { skeletonToHtml, skeletonToLines } from '../../../../shared/core/outline/skeleton-html.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';
import { escapeHtml } from '../../../../shared/core/text/escape-html.ts';

const { outlines } = loadBuiltInOutlines();
const today = new Date(2026, 10, 21);
const block = (b: Partial<SkeletonBlock> & Pick<SkeletonBlock, 'role' | 'text'>): SkeletonBlock => ({
  style: {},
  ...b,
});

describe('skeletonToHtml', () => {
  it('puts the header lines in a two-column table, left column first', () => {
    const html = skeletonToHtml([
      block({ role: 'header', column: 'left', text: 'LĐLĐ TỈNH', style: { bold: true } }),
      block({ role: 'header', column: 'right', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
      block({ role: 'header', column: 'left', text: 'Số: 12/BC-CĐ' }),
      block({ role: 'title', text: 'BÁO CÁO' }),
    ]);
    expect(html).toBe(
      '<table><tbody><tr><td><p><strong>LĐLĐ TỈNH</strong></p><p>Số: 12/BC-CĐ</p></td>' +
        '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr></tbody></table>\n<h1>BÁO CÁO</h1>',
    );
  });

  it('maps headings to h2–h4 by depth and guidance to italics', () => {
    const html = skeletonToHtml([
      block({ role: 'heading', level: 1, text: 'I. KẾT QUẢ' }),
      block({ role: 'heading', level: 2, text: '1. Tổ chức' }),
      block({ role: 'heading', level: 5, text: 'a) Rất sâu' }),
      block({ role: 'guidance', text: 'Nêu rõ kết quả', style: { italic: true } }),
      block({ role: 'signature', text: 'CHỦ TỊCH', style: { bold: true, italic: true } }),
    ]);
    expect(html.split('\n')).toEqual([
      '<h2>I. KẾT QUẢ</h2>',
      '<h3>1. Tổ chức</h3>',
      '<h4>a) Rất sâu</h4>',
      '<p><em>Nêu rõ kết quả</em></p>',
      '<p><strong><em>CHỦ TỊCH</em></strong></p>',
    ]);
  });

  it('escapes every character that could become markup', () => {
    const html = skeletonToHtml([block({ role: 'opening', text: '<img src=x onerror="alert(1)"> & \'x\'' })]);
    expect(html).toBe('<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;x&#39;</p>');
    expect(escapeHtml('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('uses only p, h1–h4, strong, em and the header table, without attributes', () => {
    for (const outline of outlines) {
      const html = skeletonToHtml(renderSkeleton(outline, { donVi: 'CĐCS <Công ty>' }, today));
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`));
      for (const tag of tags)
        expect(['p', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'table', 'tbody', 'tr', 'td']).toContain(tag);
    }
  });

  it.each(outlines.map((o) => [o.id, o] as const))(
    '%s: the HTML read back holds every section, so checking it against its outline finds none missing',
    (_, outline) => {
      const doc = docFromHtml(skeletonToHtml(renderSkeleton(outline, {}, today)));
      const result = checkDocument(doc, { outline });
      expect(result.findings.filter((f) => f.ruleId === 'required-section')).toEqual([]);
      expect(result.match?.sections.every((s) => s.block >= 0)).toBe(true);
    },
  );
});

describe('skeletonToLines', () => {
  it.each(outlines.map((o) => [o.id, o] as const))(
    '%s: the lines read back as paragraphs (a textarea) hold every section of the outline',
    (_, outline) => {
      const text = skeletonToLines(renderSkeleton(outline, {}, today));
      const result = checkDocument(docFromParagraphs({ paragraphs: text.split('\n') }), { outline });
      expect(result.match?.sections.filter((s) => s.block < 0).map((s) => s.flat.path)).toEqual([]);
    },
  );

  it('gives one line per block, in order', () => {
    const blocks = renderSkeleton(outlines[0] as (typeof outlines)[number], {}, today);
    const lines = skeletonToLines(blocks).split('\n');
    expect(lines).toEqual(blocks.map((b) => b.text));
  });
});
