import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untonedSlips } from '../../../../shared/core/text/syllable-grammar.ts';
import { looksLikeVietnameseSyllable } from '../../../../shared/core/text/vietnamese-syllable.ts';

// The grammar against a real dictionary: dictionary-vi (Hunspell, a dev dependency for this test only).
const require = createRequire(import.meta.url);
const dicPath = join(dirname(require.resolve('dictionary-vi')), 'index.dic');
const entries = readFileSync(dicPath, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => (line.split('/')[0] ?? '').trim())
  .filter((w) => /^\p{Ll}+$/u.test(w));

describe('the syllable grammar against dictionary-vi', () => {
  it('accepts every lower-case entry but loanwords and two entries of no standard word', () => {
    expect(entries.length).toBeGreaterThan(6500);
    const rejected = entries.filter((w) => !looksLikeVietnameseSyllable(w)).sort();
    // Loanwords (email, web, gram…), "ka" (k before a), and "gỵa", "têt", "gip", "xit" (no standard word).
    expect(rejected).toEqual(
      'basoi email gen gip gram gỵa internet intranet ka palăng ping tivi tout têt v web xit'.split(' '),
    );
  });
  it('rejects "qu" before a rhyme no dictionary entry has after it', () => {
    const quRhymes = new Set(
      entries
        .filter((w) => w.startsWith('qu'))
        .map((w) =>
          w
            .normalize('NFD')
            .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '')
            .normalize('NFC')
            .slice(2),
        ),
    );
    expect(quRhymes.has('am')).toBe(false);
    expect(looksLikeVietnameseSyllable('quam')).toBe(false);
    expect(looksLikeVietnameseSyllable('quan')).toBe(true);
  });
});

describe('untonedSlips', () => {
  const found: [text: string, word: string, fix: string | undefined][] = [
    ['CHỦ TICH CÔNG ĐOÀN', 'TICH', 'TỊCH'],
    ['chủ tich công đoàn', 'tich', 'tịch'],
    ['đoàn viên tich cực', 'tich', 'tích'],
    ['uống cà fe', 'fe', undefined],
    ['mối quam hệ', 'quam', undefined],
  ];
  it.each(found)('%j: %j', (text, word, fix) => {
    const [slip, ...rest] = untonedSlips(text);
    expect(rest).toEqual([]);
    expect(text.slice(slip?.start, slip?.end)).toBe(word);
    expect(slip?.fix).toBe(fix);
  });
  const clean = [
    'nhóm chat của tổ',
    'bảo hiểm YT: 44',
    'thanh-toan-truc-tuyen',
    'các TCT: EVN, VEC',
    'Hà Nội VEC CHỦ',
    'xem web của',
    'gửi email cho',
    'dùng zalo để',
    'Tong hop ket qua',
    'quyết định quy chế quân sự',
    'Tich cực',
  ];
  it.each(clean)('nothing in %j', (text) => {
    expect(untonedSlips(text)).toEqual([]);
  });
});
