import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { packageRoot } from '../../cli/package-root.ts';
import { formatReport } from '../../scripts/corpus/format-score.ts';
import { loadCorpus, sharedDir } from '../../scripts/corpus/load-corpus.ts';
import { outlineTable } from '../../scripts/corpus/outline-table.ts';
import { type CheckedEntry, checkCorpus, scoreCorpus } from '../../scripts/corpus/run-corpus.ts';
import { expectGolden } from '../helpers/golden.ts';

const root = packageRoot();
const hasCorpus = existsSync(join(sharedDir(root), 'corpus', 'annotations'));

// The snapshot of `npm run corpus`: every fault found or missed and every false finding, so that each
// change in what the checker finds on real documents shows in review (UPDATE_GOLDEN=1 rewrites it).
// Skipped on a clone without ../shared (the corpus lives there).
describe.skipIf(!hasCorpus)('the checker on the annotated corpus (../shared/corpus + corpus/)', () => {
  // The corpus is checked once for both snapshots.
  let checked: CheckedEntry[] | undefined;
  const corpus = () => {
    checked ??= checkCorpus(loadCorpus(root), loadBuiltInOutlines().outlines);
    return checked;
  };

  it('scores as the snapshot says', () => {
    const { actual, expected } = expectGolden(
      formatReport(scoreCorpus(corpus())),
      join(import.meta.dirname, 'corpus-score.txt'),
    );
    expect(actual).toBe(expected);
  });

  it('takes the outlines and finds their sections as the snapshot says', () => {
    // The outline half of the check, which the fault score does not see: a section matched to the
    // wrong paragraph, or another outline detected, shows here (UPDATE_GOLDEN=1 rewrites it).
    const { actual, expected } = expectGolden(
      outlineTable(corpus()),
      join(import.meta.dirname, 'corpus-outlines.txt'),
    );
    expect(actual).toBe(expected);
  });
});
