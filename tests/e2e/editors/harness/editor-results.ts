import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type EditorResult, resultsDir } from '../../../../scripts/editors-table.ts';

// What each editor's e2e run measured, one JSON file per fixture page in tests/e2e/editors/results/.
// The run compares what it measured with the committed file (UPDATE_GOLDEN=1 rewrites it), and
// docs/editors.md's table is generated from these files (scripts/editors-table.ts, `npm run readme`).

export type { EditorResult };

const root = resolve(import.meta.dirname, '../../../..');

/** The installed version of an npm package ("" for none, e.g. the browser's own textarea). */
export function installedVersion(pkg: string): string {
  if (pkg === '') return '';
  const file = join(root, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '';
}

/** The committed row of a page, or null. */
export function readResult(page: string): EditorResult | null {
  const file = join(resultsDir(), `${page}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EditorResult) : null;
}

/** Writes a page's row (UPDATE_GOLDEN=1 runs only). */
export function writeResult(result: EditorResult): void {
  mkdirSync(resultsDir(), { recursive: true });
  writeFileSync(join(resultsDir(), `${result.page}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
