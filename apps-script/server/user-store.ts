import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { type GProperties, userProperties } from './gas-api.ts';
import {
  entryKeys,
  INDEX_KEY,
  type IndexEntry,
  nextRev,
  pieceKey,
  readIndex,
  staleOrphans,
} from './outline-pieces.ts';
import { validateOutline } from './outline-validate.ts';
import { UserError } from './result.ts';

/** Apps Script quotas (guides/services/quotas): 9 KB a value, 500 KB a property store. */
export const VALUE_LIMIT = 9 * 1024;
/** The whole property store. */
export const STORE_LIMIT = 500 * 1024;
/** Room kept free for the parameters and settings, so saving an outline never blocks them. */
const RESERVED = 8 * 1024;
/** A chunk of 2 500 UTF-16 units is at most 7 500 UTF-8 bytes: always under the 9 KB value limit. */
export const CHUNK = 2500;

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

/** Deletes keys one by one; a key that will not go stays an orphan for the next cleanup. */
function deleteAll(props: GProperties, keys: readonly string[]): void {
  for (const key of keys) props.deleteProperty(key);
}

/** Removes stale orphans found in `all`, never failing the caller (it is housekeeping). */
function cleanUp(props: GProperties, all: Record<string, string>, index: readonly IndexEntry[], now: number) {
  try {
    deleteAll(props, staleOrphans(all, index, now));
  } catch {
    // Tried again on the next load or save.
  }
}

/**
 * The user's own outlines, each re-validated (a damaged one is skipped, never crashes the sidebar).
 * Orphaned pieces found on the way are removed, so they stop using the quota.
 */
export function loadUserOutlines(props: GProperties = userProperties(), now = Date.now()): Outline[] {
  const all = props.getProperties();
  const index = readIndex(all);
  if (index === null) return [];
  const out: Outline[] = [];
  for (const entry of index) {
    const text = entryKeys(entry)
      .map((key) => all[key] ?? '')
      .join('');
    try {
      const parsed = validateOutline(JSON.parse(text), entry.id);
      if (parsed.ok) out.push(parsed.outline);
    } catch {
      // A partly written or edited value: leave it out rather than fail the whole list.
    }
  }
  cleanUp(props, all, index, now);
  return out;
}

/**
 * Saves outlines (replacing those with the same id), or throws a UserError before writing anything
 * when the 500 KB store would overflow. A replaced outline stays readable until its new version is
 * complete: (1) stale orphans go, (2) the new pieces are written under a new revision, (3) the index
 * switches to them in one write, (4) the old pieces go. Whatever step fails, the index names pieces
 * that are all there — the old version or the new one — and what is left over is removed later.
 */
export function saveUserOutlines(
  outlines: readonly Outline[],
  props: GProperties = userProperties(),
  now = Date.now(),
): void {
  const twice = outlines.find((o, i) => outlines.findIndex((x) => x.id === o.id) !== i);
  if (twice) throw new UserError(duplicateMessage(twice.id));
  const all = props.getProperties();
  const read = readIndex(all);
  if (read === null)
    throw new UserError(
      'Danh mục đề cương riêng bị hỏng nên Khung chưa lưu gì, để không mất đề cương nào. Hãy xuất các đề cương còn đọc được ra tệp JSON.',
    );
  const index = read.map((e) => ({ ...e }));
  // The quota is counted as it will be once the stale orphans found now are gone (cleanUp, below).
  const stale = staleOrphans(all, read, now);
  const writes: Record<string, string> = {};
  const retired: string[] = [];
  for (const outline of outlines) {
    const old = index.find((e) => e.id === outline.id);
    const text = JSON.stringify(outline);
    const entry: IndexEntry = {
      id: outline.id,
      chunks: Math.max(1, Math.ceil(text.length / CHUNK)),
      rev: nextRev(old?.rev, now),
    };
    for (let n = 0; n < entry.chunks; n++)
      writes[pieceKey(entry.id, entry.rev, n)] = text.slice(n * CHUNK, (n + 1) * CHUNK);
    if (old) {
      retired.push(...entryKeys(old));
      Object.assign(old, entry);
    } else index.push(entry);
  }
  const indexText = JSON.stringify(index);
  const kept = { ...all };
  for (const key of stale) delete kept[key];
  // While the index switches, the old and the new pieces are both stored.
  const peak = storeBytes({ ...kept, ...writes, [INDEX_KEY]: indexText });
  for (const key of retired) delete kept[key];
  const after = storeBytes({ ...kept, ...writes, [INDEX_KEY]: indexText });
  if (after > STORE_LIMIT - RESERVED || peak > STORE_LIMIT)
    throw new UserError(fullMessage(Math.max(after, peak)));
  cleanUp(props, all, read, now);
  props.setProperties(writes);
  props.setProperty(INDEX_KEY, indexText);
  try {
    deleteAll(props, retired);
  } catch {
    // Saved: the old pieces left behind are orphans, removed by a later load or save.
  }
}

/** The message for an import or save that holds two outlines with one id. */
export function duplicateMessage(id: string): string {
  return `Có hai đề cương cùng mã “${id}” nên chưa có gì được lưu. Hãy đổi mã của một trong hai rồi thử lại.`;
}

function fullMessage(need: number): string {
  return `Bộ nhớ đề cương riêng đã đầy: cần ${kb(need)} KB, Google cho mỗi người ${kb(STORE_LIMIT)} KB. Hãy xuất các đề cương ra tệp JSON để cất, rồi xoá bớt những đề cương không dùng nữa.`;
}

/** Removes one user outline: the index first, then its pieces; false when there was none with that id. */
export function deleteUserOutline(
  id: string,
  props: GProperties = userProperties(),
  now = Date.now(),
): boolean {
  const all = props.getProperties();
  const index = readIndex(all);
  const entry = index?.find((e) => e.id === id);
  if (!index || !entry) return false;
  const rest = index.filter((e) => e !== entry);
  props.setProperty(INDEX_KEY, JSON.stringify(rest));
  deleteAll(props, entryKeys(entry));
  cleanUp(props, all, rest, now);
  return true;
}

/** Bytes to whole kilobytes, rounded up, for messages. */
export const kb = (bytes: number) => Math.ceil(bytes / 1024);
