import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import { packageRoot } from '../cli/package-root.ts';
import { formatReport } from './corpus/format-score.ts';
import { loadCorpus, sharedDir } from './corpus/load-corpus.ts';
import { runCorpus } from './corpus/run-corpus.ts';

// `npm run corpus [-- --quiet] [name …]`: the checker on the annotated corpus (../shared/corpus plus
// corpus/ in this repository): misses, false findings, recall per fault kind, precision.
const root = packageRoot();
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const filters = args.filter((a) => !a.startsWith('--'));
if (!existsSync(join(sharedDir(root), 'corpus'))) {
  console.error(
    `Không thấy ngữ liệu ở ${join(sharedDir(root), 'corpus')} (đặt KHUNG_SHARED_DIR nếu ở chỗ khác).`,
  );
  process.exit(2);
}
const entries = loadCorpus(root).filter(
  (e) => filters.length === 0 || filters.some((f) => e.name.includes(f)),
);
const scores = runCorpus(entries, loadBuiltInOutlines().outlines);
process.stdout.write(formatReport(scores, quiet));
