import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { README_REGIONS, readmeTable, replaceReadmeRegion } from './readme-tables.ts';

// Regenerates the README tables between their markers; tests/structure.test.ts fails when they are stale.
const file = join(packageRoot(), 'README.md');
let readme = readFileSync(file, 'utf8');
try {
  for (const region of README_REGIONS) readme = replaceReadmeRegion(readme, region, readmeTable(region));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
writeFileSync(file, readme);
console.log(`Đã cập nhật các bảng trong ${file}`);
