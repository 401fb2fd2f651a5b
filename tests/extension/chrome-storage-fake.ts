import {
  itemBytes,
  type KeyValueArea,
  SYNC_QUOTA_BYTES,
  SYNC_QUOTA_BYTES_PER_ITEM,
} from '../../extension/shared/library/sync-quota.ts';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/**
 * An in-memory chrome.storage area. With `quota`, it rejects writes the way Chrome's sync area does
 * ("QUOTA_BYTES_PER_ITEM quota exceeded", "QUOTA_BYTES quota exceeded") and leaves the data unchanged.
 */
export class FakeStorageArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  writes = 0;
  failNextWrite = false;

  constructor(
    readonly name: 'sync' | 'local',
    private readonly quota: boolean,
    private readonly listeners: Listener[] = [],
  ) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    }
    if (this.quota) {
      for (const [k, v] of Object.entries(items))
        if (itemBytes(k, v) > SYNC_QUOTA_BYTES_PER_ITEM)
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const next = new Map(this.data);
      for (const [k, v] of Object.entries(items)) next.set(k, v);
      let total = 0;
      for (const [k, v] of next) total += itemBytes(k, v);
      if (total > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    }
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data.get(k), newValue: structuredClone(v) };
      this.data.set(k, structuredClone(v));
    }
    this.writes++;
    for (const l of this.listeners) l(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    // Chrome reports removed keys to onChanged too (oldValue only).
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(k)) continue;
      changes[k] = { oldValue: this.data.get(k) };
      this.data.delete(k);
    }
    if (Object.keys(changes).length === 0) return;
    for (const l of this.listeners) l(changes, this.name);
  }

  /** Total bytes stored, as Chrome counts them. */
  bytes(): number {
    let total = 0;
    for (const [k, v] of this.data) total += itemBytes(k, v);
    return total;
  }
}

/** A `chrome` global with storage.sync (quota-checked), storage.local and storage.onChanged. */
export function installFakeChrome(): {
  sync: FakeStorageArea;
  local: FakeStorageArea;
  uninstall: () => void;
} {
  const listeners: Listener[] = [];
  const sync = new FakeStorageArea('sync', true, listeners);
  const local = new FakeStorageArea('local', false, listeners);
  const fake = {
    storage: {
      sync,
      local,
      onChanged: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => {
          const i = listeners.indexOf(l);
          if (i !== -1) listeners.splice(i, 1);
        },
      },
    },
  };
  const g = globalThis as { chrome?: unknown };
  const previous = g.chrome;
  g.chrome = fake;
  return {
    sync,
    local,
    uninstall: () => {
      g.chrome = previous;
    },
  };
}
