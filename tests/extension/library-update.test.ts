import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromePanelDeps } from '../../extension/background/chrome-panel-deps.ts';
import { panelHandlers } from '../../extension/background/panel-handlers.ts';
import { FOLLOW_DELAY_MS, followLibrary } from '../../extension/shared/library/follow-library.ts';
import { removeItem, replaceOrAdd, upsert } from '../../extension/shared/library/library-edit.ts';
import type { UserLibrary } from '../../extension/shared/library/library-schema.ts';
import {
  type LibraryEdit,
  updateLibrary,
  updateUserLibrary,
} from '../../extension/shared/library/library-update.ts';
import type { KeyValueArea } from '../../extension/shared/library/sync-quota.ts';
import { LibraryStore, loadUserLibrary, saveUserLibrary } from '../../extension/shared/library-storage.ts';
import type { ReadResult } from '../../extension/shared/messages.ts';
import { FakeStorageArea, installFakeChrome } from './chrome-storage-fake.ts';
import { snippet } from './library-fixtures.ts';

// No lost updates in the user library. The options page stays open while the side panel derives an
// outline (through the service worker's own code) or another tab edits: the page follows the stored
// library (chrome.storage.onChanged) and saves each change as an edit of the library stored at that
// moment, under the library lock — never by writing back the copy it loaded.

const RECEIVED: ReadResult = {
  ok: true,
  editor: 'textarea',
  paragraphs: ['ĐỀ CƯƠNG BÁO CÁO SƠ KẾT', 'I. KẾT QUẢ', '1. Tuyên truyền', '2. Tổ chức', 'II. PHƯƠNG HƯỚNG'],
  url: 'https://soanthao.tinh.gov.vn/de-cuong',
};

let chromeFake: ReturnType<typeof installFakeChrome>;
beforeEach(() => {
  chromeFake = installFakeChrome();
  Object.assign((globalThis as { chrome: object }).chrome, { tabs: { sendMessage: async () => RECEIVED } });
});
afterEach(() => chromeFake.uninstall());

/** The side panel's "derive an outline from this page", answered by the worker's real handler. */
async function deriveInPanel(): Promise<string> {
  const reply = await panelHandlers(chromePanelDeps()).handle({
    type: 'khung:bg:derive',
    tabId: 3,
    name: 'Đề cương sơ kết',
  });
  if (!reply.ok || !('id' in reply)) throw new Error(`derive failed: ${JSON.stringify(reply)}`);
  return reply.id;
}

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('an outline derived in the side panel while the options page is open', () => {
  it('survives the next edit made on the still-open options page', async () => {
    await saveUserLibrary({ schemaVersion: 2, snippets: [snippet('u-a')], outlines: [] });
    const shown = await loadUserLibrary(); // the options page opens
    const derived = await deriveInPanel(); // meanwhile, in the panel
    expect(ids(shown.outlines)).toEqual([]);
    // The options page adds a snippet; its copy of the library has no outline.
    const saved = await updateUserLibrary((current) => upsert(current, 'snippets', snippet('u-b')));
    expect(saved.ok).toBe(true);
    const after = await loadUserLibrary();
    expect(ids(after.snippets)).toEqual(['u-a', 'u-b']);
    expect(ids(after.outlines)).toEqual([derived]);
  });

  it('keeps both when the derive and an options-page edit are saved at the same moment', async () => {
    await saveUserLibrary({ schemaVersion: 2, snippets: [snippet('u-a')], outlines: [] });
    const [derived, edited] = await Promise.all([
      deriveInPanel(),
      updateUserLibrary((current) => upsert(current, 'snippets', snippet('u-b'))),
    ]);
    expect(edited.ok).toBe(true);
    const after = await loadUserLibrary();
    expect(ids(after.snippets)).toEqual(['u-a', 'u-b']);
    expect(ids(after.outlines)).toEqual([derived]);
  });

  it('(why: writing back the copy the page loaded, as the options page used to, deletes it)', async () => {
    const shown = await loadUserLibrary();
    await deriveInPanel();
    await saveUserLibrary({ schemaVersion: 2, snippets: [snippet('u-b')], outlines: shown.outlines });
    expect((await loadUserLibrary()).outlines).toEqual([]);
  });

  it('keeps an edit of an item deleted meanwhile elsewhere, and refuses, changing nothing, what no longer applies', async () => {
    await saveUserLibrary({ schemaVersion: 2, snippets: [snippet('u-a'), snippet('u-b')], outlines: [] });
    await updateUserLibrary((current) => removeItem(current, 'snippets', 'u-b')); // another tab
    await updateUserLibrary((current) => replaceOrAdd(current, 'snippets', 'u-b', snippet('u-b', 'Đã sửa')));
    expect((await loadUserLibrary()).snippets.map((x) => [x.id, x.body])).toEqual([
      ['u-a', 'Nội dung u-a'],
      ['u-b', 'Đã sửa'],
    ]);
    const before = structuredClone([...chromeFake.sync.data]);
    const refused = await updateUserLibrary(() => ({ refused: 'Mã này vừa được dùng.' }));
    expect(refused).toEqual({ ok: false, message: 'Mã này vừa được dùng.' });
    expect([...chromeFake.sync.data]).toEqual(before);
  });

  it('shows the derived outline on the open options page without a reload: one read per burst of changes', async () => {
    let reloads = 0;
    const stop = followLibrary(() => reloads++);
    await deriveInPanel(); // several keys written in turn
    expect(reloads).toBe(0);
    await new Promise((ok) => setTimeout(ok, FOLLOW_DELAY_MS + 60));
    expect(reloads).toBe(1);
    await chrome.storage.local.set({ 'khung.recentSnippets': ['x'], 'khung.library.backup': [] });
    await new Promise((ok) => setTimeout(ok, FOLLOW_DELAY_MS + 60));
    expect(reloads).toBe(1); // not the library: nothing to read again
    stop();
    await deriveInPanel();
    await new Promise((ok) => setTimeout(ok, FOLLOW_DELAY_MS + 60));
    expect(reloads).toBe(1);
  });
});

// Two writers, each a sequence of edits of its own items (ids "a-n" and "b-n"), their storage calls
// interleaved in every order fast-check's scheduler finds. Edits of different items commute, so the
// final library must hold exactly what each writer's own sequence leaves, whatever the interleaving.

type Op = { kind: 'add' | 'edit' | 'remove'; n: number };
const opArb = fc.record({ kind: fc.constantFrom<Op['kind']>('add', 'edit', 'remove'), n: fc.nat(2) });
const opsArb = fc.array(opArb, { minLength: 1, maxLength: 4 });

/** The edit an op stands for, and its effect on the expected contents (id → body). */
function edit(writer: string, op: Op, step: number, model: Map<string, string>): LibraryEdit {
  const id = `u-${writer}-${op.n}`;
  const body = `${writer} bước ${step}`;
  if (op.kind === 'remove') {
    model.delete(id);
    return (current) => removeItem(current, 'snippets', id);
  }
  if (op.kind === 'edit' && !model.has(id)) return (current) => current;
  model.set(id, body);
  return (current) => upsert(current, 'snippets', snippet(id, body));
}

/** A storage area whose every call waits for the scheduler: writers interleave call by call. */
function scheduled(area: FakeStorageArea, s: fc.Scheduler): KeyValueArea {
  return {
    get: (keys) => s.schedule(Promise.resolve(), 'get').then(() => area.get(keys)),
    set: (items) => s.schedule(Promise.resolve(), 'set').then(() => area.set(items)),
    remove: (keys) => s.schedule(Promise.resolve(), 'remove').then(() => area.remove(keys)),
  };
}

type Writer = (store: LibraryStore, change: LibraryEdit) => Promise<unknown>;

/** The property for a way of writing: the final library is the union of both writers' own results. */
function noLostUpdates(write: Writer) {
  return fc.asyncProperty(fc.scheduler(), opsArb, opsArb, async (s, opsA, opsB) => {
    const sync = new FakeStorageArea('sync', true);
    const local = new FakeStorageArea('local', false);
    const store = new LibraryStore(scheduled(sync, s), scheduled(local, s));
    const expected = new Map<string, string>();
    const run = async (writer: string, ops: Op[]) => {
      const model = new Map<string, string>();
      for (const [step, op] of ops.entries()) await write(store, edit(writer, op, step, model));
      for (const [id, body] of model) expected.set(id, body);
    };
    await s.waitFor(Promise.all([run('a', opsA), run('b', opsB)]));
    const final = await new LibraryStore(sync, local).load();
    const stored = new Map(final.snippets.map((x) => [x.id, x.body]));
    expect([...stored].sort()).toEqual([...expected].sort());
  });
}

describe('two writers interleaved', () => {
  it('lose nothing when each change is an edit of the stored library under the library lock', async () => {
    await fc.assert(
      noLostUpdates((store, change) => updateLibrary(store, change)),
      { numRuns: 150 },
    );
  });

  it('(why: read, edit and write back without the lock loses changes in some interleaving)', async () => {
    const naive: Writer = async (store, change) => {
      const loaded = await store.load();
      const next = change({ schemaVersion: 2, snippets: loaded.snippets, outlines: loaded.outlines });
      await store.save(next as UserLibrary);
    };
    const outcome = await fc.check(noLostUpdates(naive), { numRuns: 150 });
    expect(outcome.failed).toBe(true);
  });
});
