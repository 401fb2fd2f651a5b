import { afterEach, describe, expect, it, vi } from 'vitest';
import { fold, foldWords } from '../../../../shared/core/text/fold.ts';
import { scanHygiene } from '../../../../shared/core/text/hygiene.ts';
import { decodeLegacy, detectLegacyEncoding } from '../../../../shared/core/text/legacy-encoding.ts';
import { MAX_SEGMENT_LENGTH } from '../../../../shared/core/text/nfc-segments.ts';
import { normalizeForAnalysis } from '../../../../shared/core/text/normalize.ts';

const SIZE = 200_000;

/** Inputs that make naive implementations quadratic: long mark runs, long would-be sequences. */
const adversarial: [name: string, text: string][] = [
  ['one letter with 200k alternating marks', `a${'\u0301\u0323'.repeat(SIZE / 2)}`],
  ['200k marks with no letter', '\u0323\u0301'.repeat(SIZE / 2)],
  ['200k mojibake lead bytes', 'Ã'.repeat(SIZE)],
  ['100k clean mojibake sequences', 'Ã©'.repeat(SIZE / 2)],
  ['100k truncated mojibake sequences', 'á»'.repeat(SIZE / 2)],
  ['200k zero-width joiners', '\u200d'.repeat(SIZE)],
  ['one 200k-letter word of TCVN3 bytes', '¸'.repeat(SIZE)],
  ['a 200k capitals line', `${'A'.repeat(SIZE - 1)}a`],
  ['100k VNI base-and-mark pairs', 'aù'.repeat(SIZE / 2)],
  ['decomposed Vietnamese, repeated', 'Vie\u0323\u0302t Nam\u00a0\u200b '.repeat(SIZE / 16)],
];

/**
 * String#normalize is the one quadratic step (it insertion-sorts marks), so linearity means: no
 * call ever gets more than a short segment. Counting lengths is deterministic, unlike a stopwatch.
 */
function longestNormalizeInput(run: () => void): number {
  let longest = 0;
  const original = String.prototype.normalize;
  vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
    longest = Math.max(longest, this.length);
    return original.call(this, form);
  });
  run();
  vi.restoreAllMocks();
  return longest;
}

describe('on 200k-character adversarial input', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(adversarial)('never normalizes more than a short segment at once: %s', (_name, text) => {
    const longest = longestNormalizeInput(() => {
      normalizeForAnalysis(text);
      fold(text);
      foldWords(text);
      scanHygiene(text);
      detectLegacyEncoding(text);
      decodeLegacy(text, 'tcvn3');
      decodeLegacy(text, 'vni');
    });
    expect(longest).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
  });

  it('reports a run as one issue however long it is', () => {
    expect(scanHygiene('Ã©'.repeat(SIZE / 2))).toEqual([
      { kind: 'mojibake', range: [0, SIZE], replacement: 'é'.repeat(SIZE / 2) },
    ]);
    expect(scanHygiene('\u200b'.repeat(SIZE))).toEqual([
      { kind: 'zero-width', range: [0, SIZE], replacement: '' },
    ]);
  });

  it('keeps an over-long mark run as written rather than sorting it', () => {
    const text = `a${'\u0301\u0323'.repeat(SIZE / 2)}`;
    const { text: normalized, toOriginal } = normalizeForAnalysis(text);
    expect(normalized).toBe(text);
    expect(toOriginal(SIZE + 1)).toBe(SIZE + 1);
  });
});
