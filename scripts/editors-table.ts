import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';

// The editor matrix of docs/editors.md, generated from what the e2e runs measured: each
// tests/e2e/editors/<page>.test.ts compares its measurements with tests/e2e/editors/results/<page>.json
// (UPDATE_GOLDEN=1 rewrites it), and `npm run readme` renders the table from those files.

/** One row of the editor matrix, as an e2e run measured it. */
export interface EditorResult {
  /** The fixture page (tests/e2e/editors/pages/<page>.html). */
  page: string;
  /** The editor's name and the npm package (with its installed version) it was tested with. */
  editor: string;
  pkg: string;
  version: string;
  /** What khung:read calls it and how khung:insert wrote into it. */
  kind: string;
  method: string;
  /** The three texts (one line, several lines, an outline skeleton, all with Vietnamese diacritics). */
  texts: { oneLine: boolean; multiLine: boolean; skeleton: boolean };
  /** Whether the skeleton also arrived as HTML with its headings. */
  html: boolean;
  /** One Ctrl+Z removed each insert whole. */
  oneStepUndo: boolean;
  /** Ctrl+Z presses that removed three letters typed right after an insert, before the insert itself. */
  lettersUndoSteps: number;
  /** How several lines landed: split at the caret, or as paragraphs of their own. */
  lines: 'at-caret' | 'own-paragraphs';
  /** khung:select could select a paragraph in the page. */
  select: boolean;
  /** Errors in the page console during the run. */
  consoleErrors: number;
}

/** Where the committed results live. */
export const resultsDir = (): string => join(packageRoot(), 'tests', 'e2e', 'editors', 'results');

/** Every committed row, in page order. */
export function allEditorResults(dir = resultsDir()): EditorResult[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EditorResult);
}

const LINES: Record<EditorResult['lines'], string> = {
  'at-caret': 'split at the caret',
  'own-paragraphs': 'own paragraphs, the caret’s split around them',
};

const yes = (ok: boolean): string => (ok ? '✓' : '✗');

/** The editor matrix: one row per fixture page, from the committed e2e results. */
export function editorsTable(rows: readonly EditorResult[] = allEditorResults()): string[][] {
  return rows.map((r) => [
    r.pkg ? `${r.editor} (\`${r.pkg}\` ${r.version})` : r.editor,
    `\`${r.kind}\``,
    r.method,
    `${yes(r.texts.oneLine)} ${yes(r.texts.multiLine)} ${yes(r.texts.skeleton)}`,
    r.html ? '✓' : '–',
    r.oneStepUndo ? 'one Ctrl+Z' : '✗',
    r.lettersUndoSteps > 0 ? `letters first (${r.lettersUndoSteps} Ctrl+Z), then the insert` : '✗',
    LINES[r.lines],
    r.select ? '✓' : '–',
    String(r.consoleErrors),
  ]);
}

/** The header of the editor matrix. */
export const EDITORS_HEADER = [
  'Editor (npm package)',
  'Detected as',
  'Method',
  'One line, several lines, skeleton',
  'Skeleton as HTML',
  'Undo of an insert',
  'Typing right after, then Ctrl+Z',
  'Several lines land',
  'khung:select',
  'Console errors',
];
