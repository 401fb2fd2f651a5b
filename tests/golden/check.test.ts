import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { readDocument } from '../../cli/read-document.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { expectGolden, goldenLines } from '../helpers/golden.ts';

const { outlines } = loadBuiltInOutlines();
const fixtures = join(import.meta.dirname, '../fixtures/check');
const seedDir = join(import.meta.dirname, '../../../shared/seeds');
const seedExpected = join(import.meta.dirname, '../fixtures/seeds');

describe('golden checks of hand-written reports (tests/fixtures/check/<case>/)', () => {
  for (const name of readdirSync(fixtures).sort()) {
    const dir = join(fixtures, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'));
    it(`${name} gives the expected findings`, async () => {
      if (!input) throw new Error(`${name}: thiếu tệp input.*`);
      const doc = await readDocument(join(dir, input));
      const { actual, expected } = expectGolden(
        goldenLines(doc, checkDocument(doc, { outline: 'auto', outlines })),
        join(dir, 'expected.txt'),
      );
      expect(actual).toBe(expected);
    });
  }
});

// The five real documents live beside the repository, not in it: skipped on a clone without ../shared.
describe.skipIf(!existsSync(seedDir))('golden checks of the five seed documents (../shared/seeds)', () => {
  const seeds = existsSync(seedDir)
    ? readdirSync(seedDir)
        .filter((f) => /^\d{3}_.*\.txt$/.test(f))
        .sort()
    : [];
  it('finds all five seeds', () => expect(seeds).toHaveLength(5));
  for (const seed of seeds) {
    it(`${seed} names its outline and reports its real faults`, () => {
      const doc = docFromText(readFileSync(join(seedDir, seed), 'utf8'), { name: seed });
      const { actual, expected } = expectGolden(
        goldenLines(doc, checkDocument(doc, { outline: 'auto', outlines })),
        join(seedExpected, seed.replace(/\.txt$/, '.expected.txt')),
      );
      expect(actual).toBe(expected);
    });
  }
});
