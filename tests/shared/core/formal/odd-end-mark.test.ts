import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ODD_END_MARK, oddEndMarkStart } from '../../../../shared/core/formal/odd-end-mark.ts';

describe('oddEndMarkStart', () => {
  it.each([
    ['Đề nghị các đơn vị thực hiện. /.', 28],
    ['thực hiện./', 9],
    ['thực hiện /.', 9],
    ['thực hiện./.', 9],
    ['thực hiện.', -1],
    ['a/b', -1],
    ['', -1],
  ])('finds the mark of %j where the regex does', (text, at) => {
    expect(oddEndMarkStart(text)).toBe(at);
    expect(ODD_END_MARK.exec(text)?.index ?? -1).toBe(at);
  });

  it('starts where ODD_END_MARK matches, on any mix of blanks, dots and slashes', () => {
    const text = fc
      .array(fc.constantFrom(' ', '\u00a0', '.', '/', 'a', '\t', '…'), { maxLength: 16 })
      .map((t) => t.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(oddEndMarkStart(s)).toBe(ODD_END_MARK.exec(s)?.index ?? -1);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a paragraph that ends in a million blanks once (the regex took cubic time)', () => {
    expect(oddEndMarkStart(`a${'\u00a0'.repeat(1_000_000)}`)).toBe(-1);
    expect(oddEndMarkStart(`a${' '.repeat(1_000_000)}/.`)).toBe(1);
  });
});
