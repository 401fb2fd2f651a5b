import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Snippet, SnippetFile } from '../../shared/core/snippets/snippet-schema.ts';

/** Paths and loaders shared by the tests of the content library (snippets/, outlines/, REFERENCE.md). */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const snippetsDir = join(root, 'snippets');
export const outlinesDir = join(root, 'outlines');
/** The domain reference and the real documents live beside the repository, not in a clone. */
export const referenceFile = join(root, '..', 'shared', 'domain', 'REFERENCE.md');
export const seedsDir = join(root, '..', 'shared', 'seeds');
export const hasReference = existsSync(referenceFile);
export const hasSeeds = existsSync(seedsDir);

/** The snippet files, sorted, without the schema. */
export const snippetFileNames = readdirSync(snippetsDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .sort();

/** A snippet file parsed with the schema; throws with the zod issues when it is invalid. */
export function loadSnippetFile(file: string): SnippetFile {
  const parsed = SnippetFile.safeParse(JSON.parse(readFileSync(join(snippetsDir, file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

/** Every snippet of the library, in file order then position (as bundledSnippets gives them). */
export function allSnippets(): Snippet[] {
  return snippetFileNames.flatMap((f) => loadSnippetFile(f).snippets);
}
