import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../cli/package-root.ts';
import {
  libraryFiles,
  libraryHash,
  nextVersion,
  readDataVersion,
} from '../../scripts/release/data-version.ts';

const root = packageRoot();

describe('the library data version (library-version.json)', () => {
  it('names the library as it is: run `npm run data-version` after changing outlines/ or snippets/', () => {
    expect(readDataVersion(root).contentHash, 'thư viện đã đổi: chạy `npm run data-version`').toBe(
      libraryHash(root),
    );
  });

  it('hashes every outline and snippet file, and no schema', () => {
    const files = libraryFiles(root);
    expect(files.some((f) => f.startsWith('outlines'))).toBe(true);
    expect(files.some((f) => f.startsWith('snippets'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.schema.json'))).toEqual([]);
  });

  it.each([
    ['2026.12.06', '2026-12-07T10:00:00Z', '2026.12.07'],
    ['2026.12.07', '2026-12-07T10:00:00Z', '2026.12.07.1'],
    ['2026.12.07.1', '2026-12-07T23:00:00Z', '2026.12.07.2'],
  ])('after %s on %s comes %s', (previous, today, next) => {
    expect(nextVersion(previous, new Date(today))).toBe(next);
  });
});
