import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The built-in library's own version (outlines/ and snippets/), apart from the program's: a federation
 * or an officer can tell which đề cương and đoạn mẫu they have. `contentHash` pins the files the version
 * names, so a test fails when the library changes without a new version (`npm run data-version`).
 */
export const DataVersion = z.object({
  /** YYYY.MM.DD, then .N for a second release the same day. */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DataVersion = z.infer<typeof DataVersion>;

export const DATA_VERSION_FILE = 'library-version.json';

/** The library files whose content the version names, in a stable order (schemas excluded: generated). */
export function libraryFiles(root: string): string[] {
  return ['outlines', 'snippets'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .sort()
      .map((f) => join(dir, f)),
  );
}

/** sha256 over each file's name and bytes (line endings normalised, so a checkout on Windows agrees). */
export function libraryHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of libraryFiles(root)) {
    hash.update(`${file.split('\\').join('/')}\n`);
    hash.update(readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\n');
  }
  return hash.digest('hex');
}

export function readDataVersion(root: string): DataVersion {
  return DataVersion.parse(JSON.parse(readFileSync(join(root, DATA_VERSION_FILE), 'utf8')));
}

/** The next version for `today` after `previous` (a second bump the same day adds .1, .2 …). */
export function nextVersion(previous: string, today: Date): string {
  const day = today.toISOString().slice(0, 10).replace(/-/g, '.');
  if (!previous.startsWith(day)) return day;
  const n = Number(previous.slice(day.length + 1) || '0');
  return `${day}.${n + 1}`;
}
