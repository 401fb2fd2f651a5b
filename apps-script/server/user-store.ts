import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { type GProperties, userProperties } from './gas-api.ts';
import { validateOutline } from './outline-validate.ts';
import { UserError } from './result.ts';

/** Apps Script quotas (guides/services/quotas): 9 KB a value, 500 KB a property store. */
export const VALUE_LIMIT = 9 * 1024;
/** The whole property store. */
export const STORE_LIMIT = 500 * 1024;
/** Room kept free for the parameters and settings, so saving an outline never blocks them. */
const RESERVED = 8 * 1024;
/** A chunk of 2 500 UTF-16 units is at most 7 500 UTF-8 bytes: always under the 9 KB value limit. */
const CHUNK = 2500;
const INDEX_KEY = 'khung.outlines';
const chunkKey = (id: string, n: number) => `khung.outline.${id}.${n}`;

interface IndexEntry {
  id: string;
  chunks: number;
}

const utf8 = (s: string) => {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
};

/** Bytes the store uses now (keys and values, as the quota counts them). */
export function storeBytes(all: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(all)) n += utf8(k) + utf8(v);
  return n;
}

function readIndex(all: Record<string, string>): IndexEntry[] {
  try {
    const data: unknown = JSON.parse(all[INDEX_KEY] ?? '[]');
    return Array.isArray(data)
      ? data.filter((e): e is IndexEntry => typeof e?.id === 'string' && Number.isInteger(e?.chunks))
      : [];
  } catch {
    return [];
  }
}

/** The user's own outlines, each re-validated (a damaged one is skipped, never crashes the sidebar). */
export function loadUserOutlines(props: GProperties = userProperties()): Outline[] {
  const all = props.getProperties();
  const out: Outline[] = [];
  for (const entry of readIndex(all)) {
    let text = '';
    for (let n = 0; n < entry.chunks; n++) text += all[chunkKey(entry.id, n)] ?? '';
    try {
      const parsed = validateOutline(JSON.parse(text), entry.id);
      if (parsed.ok) out.push(parsed.outline);
    } catch {
      // A partly written or edited value: leave it out rather than fail the whole list.
    }
  }
  return out;
}

/**
 * Saves outlines (replacing those with the same id) in one setProperties call, or throws a
 * UserError before writing anything when the 500 KB store would overflow.
 */
export function saveUserOutlines(outlines: readonly Outline[], props: GProperties = userProperties()): void {
  const all = props.getProperties();
  const index = readIndex(all);
  const writes: Record<string, string> = {};
  const removed = new Set<string>();
  for (const outline of outlines) {
    const old = index.find((e) => e.id === outline.id);
    if (old) for (let n = 0; n < old.chunks; n++) removed.add(chunkKey(old.id, n));
    const text = JSON.stringify(outline);
    const chunks = Math.max(1, Math.ceil(text.length / CHUNK));
    for (let n = 0; n < chunks; n++) writes[chunkKey(outline.id, n)] = text.slice(n * CHUNK, (n + 1) * CHUNK);
    const entry = { id: outline.id, chunks };
    if (old) old.chunks = chunks;
    else index.push(entry);
  }
  writes[INDEX_KEY] = JSON.stringify(index);
  const next = { ...all };
  for (const key of removed) delete next[key];
  Object.assign(next, writes);
  const need = storeBytes(next);
  if (need > STORE_LIMIT - RESERVED) {
    throw new UserError(
      `Bộ nhớ đề cương riêng đã đầy: cần ${kb(need)} KB, Google cho mỗi người ${kb(STORE_LIMIT)} KB. Hãy xuất các đề cương ra tệp JSON để cất, rồi xoá bớt những đề cương không dùng nữa.`,
    );
  }
  for (const key of removed) if (!(key in writes)) props.deleteProperty(key);
  props.setProperties(writes);
}

/** Removes one user outline; false when there was none with that id. */
export function deleteUserOutline(id: string, props: GProperties = userProperties()): boolean {
  const all = props.getProperties();
  const index = readIndex(all);
  const entry = index.find((e) => e.id === id);
  if (!entry) return false;
  for (let n = 0; n < entry.chunks; n++) props.deleteProperty(chunkKey(id, n));
  props.setProperty(INDEX_KEY, JSON.stringify(index.filter((e) => e !== entry)));
  return true;
}

/** Bytes to whole kilobytes, rounded up, for messages. */
export const kb = (bytes: number) => Math.ceil(bytes / 1024);
