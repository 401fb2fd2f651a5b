import { beforeEach, describe, expect, it } from 'vitest';
import type { UserLibrary } from '../../extension/shared/library/library-schema.ts';
import { SYNC_LIMIT_MESSAGE } from '../../extension/shared/library/sync-quota.ts';
import { KEYS, LibraryStore } from '../../extension/shared/library-storage.ts';
import { FakeStorageArea } from './chrome-storage-fake.ts';
import { outline, realOutline, snippet } from './library-fixtures.ts';

const lib = (snippets = [snippet('a'), snippet('b')], outlines = [realOutline()]): UserLibrary => ({
  schemaVersion: 2,
  snippets,
  outlines,
});

describe('LibraryStore', () => {
  let sync: FakeStorageArea;
  let local: FakeStorageArea;
  let store: LibraryStore;
  beforeEach(() => {
    sync = new FakeStorageArea('sync', true);
    local = new FakeStorageArea('local', false);
    store = new LibraryStore(sync, local);
  });

  it('loads an empty library from empty storage, writable, in sync', async () => {
    expect(await store.load()).toEqual({ snippets: [], outlines: [], area: 'sync', writable: true });
  });

  it('saves to sync one key per item and reads back the same library in the same order', async () => {
    const saved = await store.save(lib([snippet('b'), snippet('a')]));
    expect(saved).toEqual({ ok: true, area: 'sync' });
    expect([...sync.data.keys()].filter((k) => !k.includes('#')).sort()).toEqual(
      [KEYS.index, KEYS.snippet('a'), KEYS.snippet('b'), KEYS.outline(realOutline().id)].sort(),
    );
    const loaded = await store.load();
    expect(loaded.snippets.map((s) => s.id)).toEqual(['b', 'a']);
    expect(loaded.outlines).toEqual([realOutline()]);
    expect(loaded.warning).toBeUndefined();
  });

  it('removes the key of a deleted item on the next save', async () => {
    await store.save(lib());
    await store.save(lib([snippet('b')]));
    expect(sync.data.has(KEYS.snippet('a'))).toBe(false);
    expect((await store.load()).snippets.map((s) => s.id)).toEqual(['b']);
  });

  it('keeps an item over the 8 KB per-item quota in sync, cut into pieces, and reads it back whole', async () => {
    const big = outline('dai', 20_000);
    const saved = await store.save(lib([snippet('a')], [big]));
    expect(saved).toEqual({ ok: true, area: 'sync' });
    const marker = sync.data.get(KEYS.outline('dai')) as { $chunks: number };
    expect(marker.$chunks).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < marker.$chunks; i++)
      expect(typeof sync.data.get(`${KEYS.outline('dai')}#${i}`)).toBe('string');
    const loaded = await store.load();
    expect(loaded.outlines).toEqual([big]);
    expect(loaded.warning).toBeUndefined();
    // Shrinking it removes the pieces.
    await store.save(lib([snippet('a')], [outline('dai')]));
    expect([...sync.data.keys()].filter((k) => k.includes('#'))).toEqual([]);
  });

  it('keeps the rest of the library and reports it when a piece of a long item is missing', async () => {
    await store.save(lib([snippet('a')], [outline('dai', 20_000)]));
    sync.data.delete(`${KEYS.outline('dai')}#1`);
    const loaded = await store.load();
    expect(loaded.snippets.map((s) => s.id)).toEqual(['a']);
    expect(loaded.outlines).toEqual([]);
    expect(loaded.warning).toMatch(/1 mục .* bị hỏng/);
  });

  it('falls back to local when the whole library exceeds the 100 KB total quota', async () => {
    const many = Array.from({ length: 60 }, (_, i) => snippet(`s${i}`, 'chữ '.repeat(400)));
    const saved = await store.save(lib(many, []));
    expect(saved).toEqual({ ok: true, area: 'local', warning: SYNC_LIMIT_MESSAGE });
    const loaded = await store.load();
    expect(loaded.area).toBe('local');
    expect(loaded.snippets).toHaveLength(60);
    expect(sync.bytes()).toBeLessThan(102_400);
  });

  it('moves back to sync (and clears the local copy) once the library fits again', async () => {
    const many = Array.from({ length: 60 }, (_, i) => snippet(`s${i}`, 'chữ '.repeat(400)));
    expect(await store.save(lib(many, []))).toMatchObject({ area: 'local', warning: SYNC_LIMIT_MESSAGE });
    const saved = await store.save(lib([snippet('a')], []));
    expect(saved).toEqual({ ok: true, area: 'sync' });
    expect(local.data.has(KEYS.snippet('s0'))).toBe(false);
    expect(local.data.has(KEYS.index)).toBe(false);
    expect((await store.load()).area).toBe('sync');
  });

  it('falls back to local when sync rejects the write (rate limit)', async () => {
    sync.failNextWrite = true;
    const saved = await store.save(lib());
    expect(saved.ok && saved.area).toBe('local');
    expect((await store.load()).snippets.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('refuses to save an invalid library or duplicate ids, leaving storage unchanged', async () => {
    await store.save(lib());
    const before = structuredClone([...sync.data]);
    expect((await store.save(lib([snippet('a'), snippet('a')]))).ok).toBe(false);
    const bad = { schemaVersion: 2, snippets: [{ id: 'X Y' }], outlines: [] } as unknown as UserLibrary;
    expect((await store.save(bad)).ok).toBe(false);
    expect([...sync.data]).toEqual(before);
  });

  it('keeps a corrupted item aside (backup) and loads the rest with a warning', async () => {
    await store.save(lib());
    sync.data.set(KEYS.snippet('a'), { id: 'a', label: '' });
    const loaded = await store.load();
    expect(loaded.snippets.map((s) => s.id)).toEqual(['b']);
    expect(loaded.warning).toMatch(/1 mục .* bị hỏng/);
    expect(JSON.stringify(local.data.get(KEYS.backup))).toContain('"label":""');
    await store.load();
    expect(local.data.get(KEYS.backup)).toHaveLength(1); // met again, kept once
  });

  it('does not touch a library written by a newer version', async () => {
    sync.data.set(KEYS.index, { schemaVersion: 3, snippetIds: ['a'], outlineIds: [] });
    sync.data.set(KEYS.snippet('a'), { future: true });
    const loaded = await store.load();
    expect(loaded.writable).toBe(false);
    expect(loaded.warning).toMatch(/phiên bản Khung mới hơn/);
    expect(sync.data.get(KEYS.snippet('a'))).toEqual({ future: true });
  });
});
