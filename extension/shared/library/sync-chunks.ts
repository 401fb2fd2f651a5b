import { itemBytes, SYNC_QUOTA_BYTES_PER_ITEM } from './sync-quota.ts';

// Items larger than sync's 8 KB per-item quota (a real đề cương is often 10–17 KB of JSON) are stored
// as their JSON text cut into pieces under `<key>#0`, `<key>#1`, … with `{ $chunks: n }` at `<key>`,
// so one long outline does not push the whole library out of sync; only the 100 KB total does.

/** Room left under the per-item quota for Chrome's own accounting. */
const LIMIT = SYNC_QUOTA_BYTES_PER_ITEM - 192;

type ChunkMarker = { $chunks: number };

function isMarker(value: unknown): value is ChunkMarker {
  return typeof value === 'object' && value !== null && typeof (value as ChunkMarker).$chunks === 'number';
}

/** The storage entries for one item: itself when it fits, else a marker plus text pieces. */
export function toEntries(key: string, value: unknown): Record<string, unknown> {
  if (itemBytes(key, value) <= LIMIT) return { [key]: value };
  const text = JSON.stringify(value);
  for (let size = 2400; size >= 64; size = Math.floor(size * 0.75)) {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
    if (pieces.every((p, i) => itemBytes(`${key}#${i}`, p) <= LIMIT)) {
      const entries: Record<string, unknown> = { [key]: { $chunks: pieces.length } satisfies ChunkMarker };
      pieces.forEach((p, i) => {
        entries[`${key}#${i}`] = p;
      });
      return entries;
    }
  }
  return { [key]: value }; // unreachable for real text; the quota check then moves it to local
}

/** The keys of the pieces an entry points to (none for a plain item). */
export function pieceKeys(key: string, stored: unknown): string[] {
  return isMarker(stored) ? Array.from({ length: stored.$chunks }, (_, i) => `${key}#${i}`) : [];
}

/** The item an entry stands for, joining its pieces; undefined when a piece is missing or broken. */
export function fromEntries(key: string, stored: unknown, pieces: Record<string, unknown>): unknown {
  if (!isMarker(stored)) return stored;
  const parts = pieceKeys(key, stored).map((k) => pieces[k]);
  if (parts.some((p) => typeof p !== 'string')) return undefined;
  try {
    return JSON.parse(parts.join(''));
  } catch {
    return undefined;
  }
}
