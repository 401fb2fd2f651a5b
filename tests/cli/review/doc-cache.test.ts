import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DriveFile } from '../../../cli/google/drive-schema.ts';
import { DocCache } from '../../../cli/review/doc-cache.ts';
import type { DocModel } from '../../../shared/core/document/doc-model.ts';

const doc: DocModel = {
  blocks: [{ text: 'I. TÌNH HÌNH', style: { headingLevel: 1 }, locator: 12 }],
  meta: { name: 'x', source: 'gdoc', styled: true },
};
const file = (over: Partial<DriveFile> = {}): DriveFile => ({
  id: '1AbC-d_e',
  name: 'Báo cáo',
  mimeType: 'application/vnd.google-apps.document',
  version: '7',
  modifiedTime: '2023-12-05T02:00:00.000Z',
  ...over,
});

describe('DocCache', () => {
  it('gives back a document only while its version and modifiedTime are unchanged', () => {
    const cache = new DocCache(mkdtempSync(join(tmpdir(), 'khung-cache-')));
    expect(cache.get(file())).toBeUndefined();
    cache.put(file(), doc);
    expect(cache.get(file())).toEqual(doc);
    expect(cache.get(file({ version: '8' }))).toBeUndefined();
    expect(cache.get(file({ modifiedTime: '2023-12-06T00:00:00.000Z' }))).toBeUndefined();
    expect(cache.get(file({ id: 'other-id-123' }))).toBeUndefined();
  });

  it('never trusts a file without a version, and keeps its files private', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khung-cache-'));
    const cache = new DocCache(dir);
    const bare = file({ version: undefined, modifiedTime: undefined });
    cache.put(bare, doc);
    expect(cache.get(bare)).toBeUndefined();
    const [name] = readdirSync(join(dir, 'google-docs'));
    expect(statSync(join(dir, 'google-docs', name ?? '')).mode & 0o777).toBe(0o600);
  });

  it('treats a damaged or foreign cache file as a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khung-cache-'));
    const cache = new DocCache(dir);
    cache.put(file(), doc);
    const [name] = readdirSync(join(dir, 'google-docs'));
    const path = join(dir, 'google-docs', name ?? '');
    writeFileSync(path, '{"id": "1AbC-d_e", "version": "7"');
    expect(cache.get(file())).toBeUndefined();
    writeFileSync(
      path,
      JSON.stringify({
        id: '1AbC-d_e',
        version: '7',
        modifiedTime: '2023-12-05T02:00:00.000Z',
        doc: { blocks: 'x' },
      }),
    );
    expect(cache.get(file())).toBeUndefined();
  });

  it('names each file by a hash of id and revision, so no id can make a name too long or a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khung-cache-'));
    const cache = new DocCache(dir);
    const odd = file({ id: `../${'Báo cáo tổng kết công đoàn '.repeat(20)}`, name: 'Báo cáo '.repeat(60) });
    cache.put(odd, doc);
    cache.put(file(), doc);
    cache.put(file({ version: '8' }), doc);
    const names = readdirSync(join(dir, 'google-docs'));
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(cache.get(odd)).toEqual(doc);
    expect(cache.get(file({ version: '8' }))).toEqual(doc);
  });

  it('still completes when the cache folder cannot be written', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'khung-cache-')), 'a-file');
    writeFileSync(blocker, '');
    const cache = new DocCache(blocker);
    expect(() => cache.put(file(), doc)).not.toThrow();
    expect(cache.get(file())).toBeUndefined();
  });
});
