import { beforeEach, describe, expect, it } from 'vitest';
import { migrateLibrary, migrateV1toV2 } from '../../extension/shared/library/migrations.ts';
import { KEYS, LibraryStore } from '../../extension/shared/library-storage.ts';
import { FakeStorageArea } from './chrome-storage-fake.ts';

const v1 = {
  version: 1,
  snippets: [
    {
      id: 'noi-nhan-1',
      title: 'Nơi nhận báo cáo',
      text: 'Nơi nhận:\n- Như trên;\n- Lưu: VT.',
      category: 'Nơi nhận',
    },
    { title: 'Căn cứ Điều lệ', text: 'Căn cứ Điều lệ Công đoàn Việt Nam;', category: 'căn cứ' },
    { id: 'Trùng Mã', title: 'Lời chào', text: 'Trân trọng!' },
    { id: 'trung-ma', title: 'Không có chữ', text: '' },
  ],
};

describe('migrateV1toV2', () => {
  it('keeps every v1 snippet, mapping title→label, text→body, category→group', () => {
    const { library, notes } = migrateV1toV2(migrateInput());
    expect(library.schemaVersion).toBe(2);
    expect(library.snippets.map((s) => [s.id, s.label, s.group])).toEqual([
      ['noi-nhan-1', 'Nơi nhận báo cáo', 'noi-nhan'],
      ['can-cu-dieu-le', 'Căn cứ Điều lệ', 'can-cu'],
      ['trung-ma', 'Lời chào', 'cum-tu'],
      ['trung-ma-2', 'Không có chữ', 'cum-tu'],
    ]);
    expect(library.snippets[0]?.body).toBe('Nơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(library.snippets[3]?.body).toBe('Không có chữ');
    expect(notes).toHaveLength(1);
  });

  it('refuses unknown and newer versions instead of guessing', () => {
    expect(migrateLibrary({ snippets: [] }).ok).toBe(false);
    const newer = migrateLibrary({ schemaVersion: 9 });
    expect(newer.ok === false && newer.reason).toMatch(/mới hơn/);
  });
});

function migrateInput() {
  return structuredClone(v1) as Parameters<typeof migrateV1toV2>[0];
}

describe('LibraryStore migration from v1 storage', () => {
  let sync: FakeStorageArea;
  let local: FakeStorageArea;
  beforeEach(() => {
    sync = new FakeStorageArea('sync', true);
    local = new FakeStorageArea('local', false);
    sync.data.set(KEYS.v1, structuredClone(v1));
  });

  it('migrates on first load, keeps a backup of the original, removes the v1 key last', async () => {
    const store = new LibraryStore(sync, local);
    const loaded = await store.load();
    expect(loaded.snippets).toHaveLength(4);
    expect(loaded.writable).toBe(true);
    expect(sync.data.has(KEYS.v1)).toBe(false);
    expect(sync.data.get(KEYS.index)).toMatchObject({ schemaVersion: 2 });
    expect(JSON.stringify(local.data.get(KEYS.backup))).toContain('Nơi nhận báo cáo');
    // A second load reads v2 and does not migrate again.
    const again = await store.load();
    expect(again.snippets).toEqual(loaded.snippets);
    expect(local.data.get(KEYS.backup)).toHaveLength(1);
  });

  it('keeps the v1 key when the migrated library cannot be written anywhere', async () => {
    sync.failNextWrite = true;
    const failingLocal = new FakeStorageArea('local', false);
    const store = new LibraryStore(sync, failingLocal);
    // Backup write succeeds, then both library writes fail.
    const originalSet = failingLocal.set.bind(failingLocal);
    let calls = 0;
    failingLocal.set = async (items) => {
      calls++;
      if (calls > 1) throw new Error('disk full');
      return originalSet(items);
    };
    const loaded = await store.load();
    expect(loaded.snippets).toHaveLength(4); // still shown to the user
    expect(loaded.warning).toMatch(/Không lưu được/);
    expect(sync.data.has(KEYS.v1)).toBe(true);
  });
});
