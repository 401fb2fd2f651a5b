import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HygieneIssue, scanHygiene } from '../../../../shared/core/text/hygiene.ts';
import { anyText, trickyText } from './arbitraries.ts';

const issue = (kind: HygieneIssue['kind'], start: number, end: number, replacement?: string): HygieneIssue =>
  replacement === undefined ? { kind, range: [start, end] } : { kind, range: [start, end], replacement };

/** Applies every certain fix, last first so earlier ranges stay valid. */
const applyFixes = (text: string, issues: HygieneIssue[]): string =>
  issues.reduceRight(
    (t, { range: [start, end], replacement }) =>
      replacement === undefined ? t : t.slice(0, start) + replacement + t.slice(end),
    text,
  );

describe('scanHygiene', () => {
  const valid: [name: string, text: string][] = [
    ['Unicode Vietnamese in NFC', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['tabs and all three line ends', 'a\tb\r\nc\rd\ne'],
    [
      'a Google Docs soft line break (U+000B) and a page break (U+000C)',
      'Kính gửi:\u000bBan Thường vụ\u000c',
    ],
    ['curly quotes, dashes and the ellipsis', '“Nâng cao” – chất lượng…'],
    ['an emoji family joined by ZWJ', '👨\u200d👩\u200d👧'],
    ['French and Spanish with guillemets', 'café « crème » ¿Dónde está»? CAFÉ…'],
    ['an empty string', ''],
  ];
  it.each(valid)('finds nothing in %s', (_name, text) => {
    expect(scanHygiene(text)).toEqual([]);
  });

  const invalid: [name: string, text: string, issues: HygieneIssue[]][] = [
    ['the replacement character', 'oàn.\n\ufffd Phát', [issue('replacement-char', 5, 6)]],
    ['two replacement characters as one run', 'a\ufffd\ufffdb', [issue('replacement-char', 1, 3)]],
    ['ETH written for Đ', '265/QÐ-TLĐ', [issue('eth-for-dj', 5, 6, 'Đ')]],
    ['a run of ETHs', 'ÐÐ', [issue('eth-for-dj', 0, 2, 'ĐĐ')]],
    ['a zero-width space', 'Công\u200bđoàn', [issue('zero-width', 4, 5, '')]],
    [
      'a BOM, a soft hyphen and a word joiner',
      '\ufeffthu\u00adchi\u2060',
      [issue('zero-width', 0, 1, ''), issue('zero-width', 4, 5, ''), issue('zero-width', 8, 9, '')],
    ],
    ['a ZWJ that joins no emoji', 'a\u200db', [issue('zero-width', 1, 2, '')]],
    ['NBSP', 'Điều\u00a05', [issue('nbsp', 4, 5, ' ')]],
    [
      'two NBSPs as one run, and other Unicode spaces',
      'a\u00a0\u00a0b\u2003c\u3000',
      [issue('nbsp', 1, 3, '  '), issue('nbsp', 4, 5, ' '), issue('nbsp', 6, 7, ' ')],
    ],
    ['a decomposed letter', 'Vie\u0323\u0302t', [issue('not-nfc', 2, 5, 'ệ')]],
    [
      'adjacent decomposed letters as one run',
      'e\u0302\u0301a\u0300 o\u0301',
      [issue('not-nfc', 0, 5, 'ếà'), issue('not-nfc', 6, 8, 'ó')],
    ],
    ['a singleton that NFC replaces', '10 \u212b', [issue('not-nfc', 3, 4, '\u00c5')]],
    [
      'C0 and C1 controls and DEL',
      'a\u0000b\u001f\u0085c\u007f',
      [issue('control-char', 1, 2, ''), issue('control-char', 3, 5, ''), issue('control-char', 6, 7, '')],
    ],
    ['a Wingdings bullet pasted as private use', '\uf0b7 Phát huy', [issue('private-use', 0, 1)]],
    ['a supplementary private-use character', 'x\u{f0001}', [issue('private-use', 1, 3)]],
    [
      'UTF-8 read as Windows-1252',
      'Cá»™ng hÃ²a',
      [issue('mojibake', 1, 4, 'ộ'), issue('mojibake', 8, 10, 'ò')],
    ],
    [
      'mojibake of đ, of à (its second byte is NBSP) and of curly quotes',
      'Ä‘oÃ\u00a0n â€œxâ€\u009d',
      [
        issue('mojibake', 0, 2, 'đ'),
        issue('mojibake', 3, 5, 'à'),
        issue('mojibake', 7, 10, '“'),
        issue('mojibake', 11, 14, '”'),
      ],
    ],
    ['ETH before an en dash: Cyrillic Ж is no plausible reading', 'QÐ–TLĐ', [issue('eth-for-dj', 1, 2, 'Đ')]],
    ['adjacent mojibake sequences as one run', 'Ã¡Ã¡', [issue('mojibake', 0, 4, 'áá')]],
    ['a truncated Vietnamese sequence inside a word', 'thá»i', [issue('mojibake', 2, 4)]],
    [
      'a truncated sequence next to clean mojibake',
      'Ã¡ vá»',
      [issue('mojibake', 0, 2, 'á'), issue('mojibake', 4, 6)],
    ],
    ['a truncated sequence and the U+FFFD that replaced its byte', 'thá»\ufffdi', [issue('mojibake', 2, 5)]],
    ['the mojibake of NBSP, not an NBSP issue', 'aÂ\u00a0b', [issue('mojibake', 1, 3, '\u00a0')]],
  ];
  it.each(invalid)('reports %s', (_name, text, issues) => {
    expect(scanHygiene(text)).toEqual(issues);
  });

  it('reports the two kinds in order of position', () => {
    expect(scanHygiene('\ufffd QÐ Vie\u0323\u0302t').map((i) => i.kind)).toEqual([
      'replacement-char',
      'eth-for-dj',
      'not-nfc',
    ]);
  });

  it('never throws; ranges are in bounds, non-empty, sorted and disjoint', () => {
    for (const arb of [anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, (text) => {
          let previousEnd = 0;
          for (const { range } of scanHygiene(text)) {
            const [start, end] = range;
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(text.length);
            previousEnd = end;
          }
        }),
      );
    }
  });

  it('leaves only unfixable issues once the certain fixes are applied', () => {
    const fixable = fc.string({
      unit: fc.constantFrom(
        'a',
        'e',
        'o',
        ' ',
        'Ð',
        '\u00a0',
        '\u3000',
        '\u200b',
        '\u00ad',
        '\u0001',
        '\u0301',
        '\u0323',
        '\u0302',
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fixable, (text) => {
        let fixed = text;
        for (let round = 0; round < 3; round++) fixed = applyFixes(fixed, scanHygiene(fixed));
        expect(scanHygiene(fixed)).toEqual([]);
      }),
    );
  });
});
