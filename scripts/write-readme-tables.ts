import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { readmeTable, replaceReadmeRegion, TABLE_FILES, TABLE_REGIONS } from './readme-tables.ts';

// `npm run readme`: regenerates the documentation's tables (rules, outlines, snippets) between their
// markers in their home files; tests/structure.test.ts and tests/data/readme-tables.test.ts fail when
// one is stale.
const root = packageRoot();
const texts = new Map<string, string>();
try {
  for (const region of TABLE_REGIONS) {
    const file = join(root, TABLE_FILES[region]);
    const text = texts.get(file) ?? readFileSync(file, 'utf8');
    texts.set(file, replaceReadmeRegion(text, region, readmeTable(region)));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
for (const [file, text] of texts) {
  writeFileSync(file, text);
  console.log(`Đã cập nhật các bảng trong ${file}`);
}
