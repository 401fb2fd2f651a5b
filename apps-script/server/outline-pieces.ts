// How user outlines lie in the user property store: an index (`khung.outlines`, a JSON list of
// {id, chunks, rev}) and each outline's JSON text cut into pieces. Pieces written since replacements
// became safe carry a revision in their key (`khung.outline.<id>@<rev>.<n>`), so a new version is
// written beside the old one and the index switches to it in one write; earlier versions wrote
// `khung.outline.<id>.<n>` (no revision) and are still read.

export const INDEX_KEY = 'khung.outlines';
const PREFIX = 'khung.outline.';
/**
 * An unreferenced piece younger than this may belong to a save still running in another execution
 * (it writes its pieces before its index): only older ones are removed. Apps Script stops an
 * execution after 6 minutes.
 */
export const ORPHAN_AGE_MS = 10 * 60 * 1000;

/** One outline in the index. `rev` (base 36 milliseconds) is absent for pieces of earlier versions. */
export interface IndexEntry {
  id: string;
  chunks: number;
  rev?: string;
}

/** The key of piece `n` of an outline version. */
export function pieceKey(id: string, rev: string | undefined, n: number): string {
  return rev === undefined ? `${PREFIX}${id}.${n}` : `${PREFIX}${id}@${rev}.${n}`;
}

/** Every piece key an index entry points to. */
export function entryKeys(entry: IndexEntry): string[] {
  return Array.from({ length: entry.chunks }, (_, n) => pieceKey(entry.id, entry.rev, n));
}

const isEntry = (e: unknown): e is IndexEntry => {
  const v = e as Partial<IndexEntry> | null;
  return (
    typeof v?.id === 'string' &&
    Number.isInteger(v.chunks) &&
    (v.chunks ?? 0) >= 0 &&
    (v.rev === undefined || (typeof v.rev === 'string' && /^[0-9a-z]+$/.test(v.rev)))
  );
};

/**
 * The index; [] when there is none yet; null when it is there but unreadable (then nothing is
 * cleaned up: every piece would look unreferenced). An id listed twice keeps its first entry.
 */
export function readIndex(all: Record<string, string>): IndexEntry[] | null {
  const raw = all[INDEX_KEY];
  if (raw === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const seen = new Set<string>();
  return data.filter((e): e is IndexEntry => {
    if (!isEntry(e) || seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

/** A revision for a new version of an outline, later than (and different from) `previous`. */
export function nextRev(previous: string | undefined, now: number): string {
  const before = previous === undefined ? -1 : Number.parseInt(previous, 36);
  return Math.max(Math.floor(now), before + 1).toString(36);
}

/**
 * Pieces no index entry points to and no running save can still want: those of earlier versions
 * (no revision, e.g. left by an import that held one id twice), and those with a revision older than
 * ORPHAN_AGE_MS (left by a save that stopped between its steps).
 */
export function staleOrphans(
  all: Record<string, string>,
  index: readonly IndexEntry[],
  now: number,
): string[] {
  const live = new Set(index.flatMap(entryKeys));
  return Object.keys(all).filter((key) => {
    if (!key.startsWith(PREFIX) || live.has(key)) return false;
    const rev = /@([0-9a-z]+)\.\d+$/.exec(key)?.[1];
    return rev === undefined || now - Number.parseInt(rev, 36) > ORPHAN_AGE_MS;
  });
}
