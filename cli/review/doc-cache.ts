import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DocModel } from '../../shared/core/document/doc-model.ts';
import type { DriveFile } from '../google/drive-schema.ts';

const CacheEntry = z.object({
  id: z.string(),
  version: z.string().optional(),
  modifiedTime: z.string().optional(),
  doc: DocModel,
});

/**
 * Documents already read, by Drive file id and revision (Drive's `version`, which rises on every change,
 * and `modifiedTime`): a resumed or repeated review reads only the files that changed. The check itself
 * is run again every time, so a new outline or rule still applies.
 */
export class DocCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = join(dir, 'google-docs');
  }

  /**
   * One file a revision, named by the SHA-256 of the id and the revision: a fixed-length name that no
   * id or name from Drive can make too long or turn into a path.
   */
  private path(file: DriveFile): string {
    const key = `${file.id}\n${file.version ?? ''}\n${file.modifiedTime ?? ''}`;
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  /** The cached document when the file has not changed since; undefined otherwise (or if unreadable). */
  get(file: DriveFile): DocModel | undefined {
    if (!file.version && !file.modifiedTime) return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(this.path(file), 'utf8'));
    } catch {
      return undefined;
    }
    const parsed = CacheEntry.safeParse(raw);
    if (!parsed.success) return undefined;
    const hit =
      parsed.data.id === file.id &&
      parsed.data.version === file.version &&
      parsed.data.modifiedTime === file.modifiedTime;
    return hit ? parsed.data.doc : undefined;
  }

  /** Keeps a document read now; a cache that cannot be written only costs a re-read later. */
  put(file: DriveFile, doc: DocModel): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const entry = { id: file.id, version: file.version, modifiedTime: file.modifiedTime, doc };
      writeFileSync(this.path(file), JSON.stringify(entry), { mode: 0o600 });
    } catch {
      // Read-only home or full disk: the review still completes.
    }
  }
}
