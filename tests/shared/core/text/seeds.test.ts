import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../shared/core/text/fold.ts';
import { scanHygiene } from '../../../../shared/core/text/hygiene.ts';
import { detectLegacyEncoding } from '../../../../shared/core/text/legacy-encoding.ts';
import { normalizeText } from '../../../../shared/core/text/normalize.ts';

const seedDir = join(import.meta.dirname, '../../../../../shared/seeds');

describe.skipIf(!existsSync(seedDir))('the seed documents', () => {
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }))
    : [];

  it('are the five source documents', () => {
    expect(seeds).toHaveLength(5);
  });

  it('seed 000 has one U+FFFD (a pasted Wingdings bullet) and one ETH in "265/QÐ-TLĐ"', () => {
    const seed = seeds.find((s) => s.name.startsWith('000_'));
    if (seed === undefined) throw new Error('seed 000 is missing');
    const issues = scanHygiene(seed.text);
    expect(issues.map((i) => i.kind).sort()).toEqual(['eth-for-dj', 'replacement-char']);
    const eth = issues.find((i) => i.kind === 'eth-for-dj');
    const [start, end] = eth?.range ?? [0, 0];
    expect(seed.text.slice(start - 5, end + 4)).toBe('265/QÐ-TLĐ');
    expect(eth?.replacement).toBe('Đ');
    const fffd = issues.find((i) => i.kind === 'replacement-char');
    expect(seed.text.slice(...(fffd?.range ?? [0, 0]))).toBe('\ufffd');
  });

  it('the other seeds are clean', () => {
    for (const seed of seeds.filter((s) => !s.name.startsWith('000_'))) {
      expect({ seed: seed.name, issues: scanHygiene(seed.text) }).toEqual({ seed: seed.name, issues: [] });
    }
  });

  it('none is taken for a legacy encoding, as a whole or line by line', () => {
    for (const seed of seeds) {
      expect({ seed: seed.name, guess: detectLegacyEncoding(seed.text) }).toEqual({
        seed: seed.name,
        guess: null,
      });
      const flagged = seed.text.split('\n').filter((line) => detectLegacyEncoding(line) !== null);
      expect({ seed: seed.name, flagged }).toEqual({ seed: seed.name, flagged: [] });
    }
  });

  it('normalize and fold are idempotent on real documents', () => {
    for (const { text } of seeds) {
      const normalized = normalizeText(text);
      expect(normalizeText(normalized)).toBe(normalized);
      expect(fold(fold(text))).toBe(fold(text));
    }
  });
});
