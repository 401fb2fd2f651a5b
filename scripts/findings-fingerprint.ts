import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '../bench/generate-report.ts';
import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import { packageRoot } from '../cli/package-root.ts';
import { documentFromPlainText } from '../cli/read/markdown.ts';
import { checkDocument } from '../shared/core/rules/check-document.ts';
import { loadCorpus, sharedDir } from './corpus/load-corpus.ts';
import { variantsOf } from './findings-variants.ts';

/**
 * `node --import tsx scripts/findings-fingerprint.ts --write FILE | --compare FILE`: every finding of
 * every rule on a fixed set of texts — the corpus, the seeds, the golden inputs, the bench's report —
 * and on seeded variants of each (case, spacing, punctuation, diacritics, lines dropped or doubled,
 * documents run together; findings-variants.ts). A change meant only to make the checker faster (or
 * to reorganise it) must leave this set byte-identical: `--compare` prints each text whose findings
 * differ, the rules concerned and the first differing finding, and exits 1.
 */
const root = packageRoot();
const args = process.argv.slice(2);
const mode = args[0];
const file = args[1];
if ((mode !== '--write' && mode !== '--compare') || !file) {
  console.error('Dùng: findings-fingerprint.ts --write TỆP | --compare TỆP [--variants N (8)]');
  process.exit(2);
}
const variantCount = Number(args[args.indexOf('--variants') + 1] ?? 8) || 8;

const texts: [string, string][] = [];
if (existsSync(join(sharedDir(root), 'corpus'))) {
  for (const entry of loadCorpus(root)) texts.push([`corpus/${entry.name}`, entry.text]);
}
const fixtures = join(root, 'tests/fixtures/check');
for (const name of readdirSync(fixtures).sort()) {
  const input = readdirSync(join(fixtures, name)).find((f) => f.startsWith('input.') && !f.endsWith('.docx'));
  if (input) texts.push([`golden/${name}`, readFileSync(join(fixtures, name, input), 'utf8')]);
}
texts.push(['bench/report', generateReport().text]);

const { outlines } = loadBuiltInOutlines();
const all: [string, string][] = [];
texts.forEach(([name, text], i) => {
  all.push([name, text]);
  variantsOf(text, i + 1, variantCount, texts[(i + 1) % texts.length]?.[1] ?? '').forEach((v, k) => {
    all.push([`${name}#${k}`, v]);
  });
});

const result: Record<string, string[]> = {};
for (const [name, text] of all) {
  const doc = documentFromPlainText(text, `${name}.txt`);
  const { findings, match } = checkDocument(doc, { outline: 'auto', outlines });
  result[name] = [
    `match ${match?.outline.id ?? '-'} ${match?.coverage ?? '-'}`,
    ...findings.map((f) => JSON.stringify(f)),
  ];
}
const digest = createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16);
const findingCount = Object.values(result).reduce((n, l) => n + l.length - 1, 0);

if (mode === '--write') {
  writeFileSync(file, JSON.stringify(result));
  console.log(`${all.length} văn bản, ${findingCount} phát hiện, dấu vân tay ${digest} → ${file}`);
  process.exit(0);
}
const base = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
let differ = 0;
for (const name of new Set([...Object.keys(base), ...Object.keys(result)])) {
  const a = base[name] ?? [];
  const b = result[name] ?? [];
  if (JSON.stringify(a) === JSON.stringify(b)) continue;
  differ++;
  if (differ > 25) continue;
  const rules = new Set<string>();
  const sa = new Set(a);
  const sb = new Set(b);
  const only = (x: string[], other: Set<string>) => x.filter((l) => !other.has(l));
  for (const l of [...only(a, sb), ...only(b, sa)]) rules.add(l.startsWith('{') ? JSON.parse(l).ruleId : l);
  console.log(`✗ ${name}: ${[...rules].join(', ')}`);
  const firstA = only(a, sb)[0];
  const firstB = only(b, sa)[0];
  if (firstA) console.log(`   trước: ${firstA.slice(0, 300)}`);
  if (firstB) console.log(`   sau:   ${firstB.slice(0, 300)}`);
}
console.log(
  differ === 0
    ? `Giống hệt: ${all.length} văn bản, ${findingCount} phát hiện (dấu vân tay ${digest}).`
    : `KHÁC: ${differ} / ${all.length} văn bản.`,
);
process.exit(differ === 0 ? 0 : 1);
