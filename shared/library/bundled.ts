/// <reference types="vite/client" />
import type { Outline } from '../core/outline/outline-schema.ts';
import { parseOutline } from '../core/outline/parse-outline.ts';
import { type Snippet, SnippetFile } from '../core/snippets/snippet-schema.ts';

// The JSON files of outlines/ and snippets/, bundled by vite (add-on, extension, tests).
// The CLI reads the same files from disk instead (cli/load-outlines.ts).
const outlineFiles = import.meta.glob<unknown>(['../../outlines/*.json', '!**/*.schema.json'], {
  eager: true,
  import: 'default',
});
const snippetFiles = import.meta.glob<unknown>(['../../snippets/*.json', '!**/*.schema.json'], {
  eager: true,
  import: 'default',
});

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The built-in outlines, sorted by id. A file that fails validation is a build defect (tests catch it). */
export function bundledOutlines(): Outline[] {
  const out: Outline[] = [];
  for (const [path, data] of Object.entries(outlineFiles)) {
    const result = parseOutline(data, baseName(path));
    if (result.ok) out.push(result.outline);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** The built-in snippets, in file order then file position. */
export function bundledSnippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const path of Object.keys(snippetFiles).sort()) {
    const result = SnippetFile.safeParse(snippetFiles[path]);
    if (result.success) out.push(...result.data.snippets);
  }
  return out;
}
