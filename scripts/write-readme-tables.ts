import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import {
  FALLBACK_FILE,
  hasRegion,
  OPTIONAL_REGIONS,
  README_REGIONS,
  readmeTable,
  replaceReadmeRegion,
} from './readme-tables.ts';

// Regenerates the README tables between their markers; tests/structure.test.ts and
// tests/data/readme-tables.test.ts fail when they are stale. An optional region whose markers
// README.md lacks goes to its docs file instead (the lead merges that into README).
const root = packageRoot();
const file = join(root, 'README.md');
let readme = readFileSync(file, 'utf8');
const written = new Map<string, string>();
try {
  for (const region of README_REGIONS) readme = replaceReadmeRegion(readme, region, readmeTable(region));
  for (const region of OPTIONAL_REGIONS) {
    if (hasRegion(readme, region)) {
      readme = replaceReadmeRegion(readme, region, readmeTable(region));
      continue;
    }
    const fallback = join(root, FALLBACK_FILE[region]);
    const text = written.get(fallback) ?? readFileSync(fallback, 'utf8');
    written.set(fallback, replaceReadmeRegion(text, region, readmeTable(region)));
    console.log(`README.md chưa có <!-- ${region}:start -->; bảng ${region} được ghi vào ${fallback}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
writeFileSync(file, readme);
for (const [path, text] of written) writeFileSync(path, text);
console.log(`Đã cập nhật các bảng trong ${file}`);
