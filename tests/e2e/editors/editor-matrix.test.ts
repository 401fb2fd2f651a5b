import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEditorResults, EDITORS_HEADER, editorsTable } from '../../../scripts/editors-table.ts';

// The editor matrix as the e2e runs left it (tests/e2e/editors/results/*.json): every editor test
// has its row and every row its test, at least 19 editors pass all three texts with one-step undo,
// and docs/editors.md shows exactly these rows (the structure test compares the whole table).

const dir = import.meta.dirname;
const pagesWithTests = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => /^import \{ describeEditor \}/m.test(readFileSync(join(dir, f), 'utf8')))
  .map((f) => f.replace(/\.test\.ts$/, ''))
  .sort();
const rows = allEditorResults();

describe('the editor matrix', () => {
  it('has one row for each editor test, and no row without a test', () => {
    expect(rows.map((r) => r.page).sort()).toEqual(pagesWithTests);
  });

  it('covers at least 19 editors, each passing one line, several lines and a skeleton', () => {
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const r of rows) expect(r.texts, r.page).toEqual({ oneLine: true, multiLine: true, skeleton: true });
  });

  it('undoes every insert in one Ctrl+Z, and letters typed after it before the insert', () => {
    for (const r of rows) {
      expect(r.oneStepUndo, r.page).toBe(true);
      expect(r.lettersUndoSteps, r.page).toBeGreaterThan(0);
      expect(r.consoleErrors, r.page).toBe(0);
      expect(r.method, r.page).not.toBe('');
    }
  });

  it('renders one table row per editor under the documented header', () => {
    const table = editorsTable(rows);
    expect(table).toHaveLength(rows.length);
    for (const row of table) expect(row).toHaveLength(EDITORS_HEADER.length);
  });
});
