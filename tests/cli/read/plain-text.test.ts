import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, looksLikeMarkdownByRegex } from '../../../cli/read/plain-text.ts';

/** The units the Markdown signs and the line anchor of the regex turn on, and some others. */
// biome-ignore format: one row per purpose
const signText = fc.string({
  unit: fc.constantFrom(
    '#', '#', '|', '|', '-', '-', ':', ' ', '\t', '\u00a0', 'a', 'Đ', '1',
    '\n', '\r', '\u2028', '\u2029', '\u0085', '\v', '\f',
  ),
  maxLength: 40,
});
const lines = fc
  .array(
    fc.constantFrom(
      '# Mục',
      '###### A',
      '####### A',
      '#A',
      '| --- |',
      '|:--',
      '|-',
      'Văn bản #',
      'x | ---',
      '',
    ),
    {
      maxLength: 6,
    },
  )
  .chain((parts) => fc.constantFrom('\n', '\r\n', '\r', '\u2028').map((eol) => parts.join(eol)));

describe('a .txt that carries Markdown', () => {
  it('is recognised by the line-start search exactly as by the multiline regex', () => {
    fc.assert(
      fc.property(fc.oneof(signText, lines, fc.string()), (text) => {
        expect(looksLikeMarkdown(text)).toBe(looksLikeMarkdownByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes headings and table rules at a line start only', () => {
    expect(looksLikeMarkdown('# Tiêu đề\nNội dung')).toBe(true);
    expect(looksLikeMarkdown('Nội dung\r## Mục')).toBe(true);
    expect(looksLikeMarkdown('| Cột | Cột |\n|:---|---|')).toBe(true);
    expect(looksLikeMarkdown('Số # 12 và a | --- b')).toBe(false);
    expect(looksLikeMarkdown('####### bảy dấu')).toBe(false);
    expect(looksLikeMarkdown('#không cách')).toBe(false);
  });
});
