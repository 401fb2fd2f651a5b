import type { Outline } from '../outline/outline-schema.ts';
import type { Snippet } from '../snippets/snippet-schema.ts';
import { ORG_LIBRARY_KIND, ORG_LIBRARY_SCHEMA_VERSION } from './org-library-format.ts';
import type { OrgLibrary } from './org-library-schema.ts';
import { parseOrgLibrary } from './parse-org-library.ts';

/** What names an organisation library: the federation's name, the library's id and its version. */
export interface OrgLibraryMeta {
  name: string;
  id: string;
  version: string;
}

/** The library made, with the exact text to publish, or what is wrong with it. */
export type MadeOrgLibrary =
  | { ok: true; library: OrgLibrary; text: string }
  | { ok: false; errors: string[] };

/**
 * Makes the library file from its name, id, version and items, and checks the result with the same
 * parser every host reads it with, so what is written is exactly what officers' Khung accepts.
 * The items' `$schema` pointers (files made by `khung derive`) are dropped: they name a file beside
 * the outline, not in the library.
 */
export function makeOrgLibrary(
  meta: OrgLibraryMeta,
  items: { outlines: readonly Outline[]; snippets: readonly Snippet[] },
  publishedAt: string,
): MadeOrgLibrary {
  const data = {
    kind: ORG_LIBRARY_KIND,
    schemaVersion: ORG_LIBRARY_SCHEMA_VERSION,
    id: meta.id,
    name: meta.name.trim(),
    version: meta.version,
    publishedAt,
    outlines: items.outlines.map(({ $schema: _schema, ...outline }) => outline),
    snippets: items.snippets,
  };
  const read = parseOrgLibrary(data);
  if (!read.ok) return read;
  return { ok: true, library: read.library, text: `${JSON.stringify(read.library, null, 2)}\n` };
}
