import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotation } from './annotation.ts';

/** One corpus document: its annotation, its text, and where each came from. */
export interface CorpusEntry {
  /** The annotation's file name without .json (e.g. "12-kh-172-…", "seed-003_…"). */
  name: string;
  annotation: Annotation;
  text: string;
  /** "shared" (../shared/corpus), "repo" (corpus/ in this repository) or "repo-override". */
  origin: 'shared' | 'repo' | 'repo-override';
}

/** Where the shared corpus lives: KHUNG_SHARED_DIR, else ../shared beside the repository. */
export function sharedDir(root: string): string {
  return process.env.KHUNG_SHARED_DIR ?? join(root, '..', 'shared');
}

/**
 * The whole corpus: every annotation in ../shared/corpus/annotations, replaced by the file of the same
 * name in the repository's corpus/annotations when there is one (our corrections, each with its why),
 * plus the documents the repository adds. Texts are found relative to the repository first (our
 * documents), then to ../shared. Throws with the file name when an annotation is malformed.
 */
export function loadCorpus(root: string): CorpusEntry[] {
  const shared = sharedDir(root);
  const sharedAnnotations = join(shared, 'corpus', 'annotations');
  const repoAnnotations = join(root, 'corpus', 'annotations');
  const names = new Map<string, CorpusEntry['origin']>();
  for (const f of jsonFiles(sharedAnnotations)) names.set(f, 'shared');
  for (const f of jsonFiles(repoAnnotations)) names.set(f, names.has(f) ? 'repo-override' : 'repo');
  const entries: CorpusEntry[] = [];
  for (const [file, origin] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(origin === 'shared' ? sharedAnnotations : repoAnnotations, file);
    const parsed = Annotation.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'không hợp lệ'}`);
    const annotation = parsed.data;
    const textPath = [join(root, annotation.file), join(shared, annotation.file)].find((p) => existsSync(p));
    if (!textPath) throw new Error(`${path}: không tìm thấy văn bản ${annotation.file}`);
    entries.push({
      name: file.replace(/\.json$/, ''),
      annotation,
      text: readFileSync(textPath, 'utf8'),
      origin,
    });
  }
  return entries;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}
