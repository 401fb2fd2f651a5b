import { z } from 'zod';
import { Outline } from '../../../shared/core/outline/outline-schema.ts';
import { Snippet } from '../../../shared/core/snippets/snippet-schema.ts';

/** The version of the stored user library this code writes; older ones are migrated (migrations.ts). */
export const LIBRARY_SCHEMA_VERSION = 2;

/** The user's own library, as stored (v2): snippets and outlines in the order the user set. */
export const UserLibrary = z.strictObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  snippets: z.array(Snippet),
  outlines: z.array(Outline),
});
export type UserLibrary = z.infer<typeof UserLibrary>;

/** An empty v2 library. */
export function emptyLibrary(): UserLibrary {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, snippets: [], outlines: [] };
}

/** The export file: the library plus what kind of file it is, so a wrong file is told apart early. */
export const LibraryExport = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal('khung-library'),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().optional(),
  snippets: z.array(z.unknown()),
  outlines: z.array(z.unknown()).optional(),
});
export type LibraryExport = z.infer<typeof LibraryExport>;

/**
 * Version 1, the first stored form (kept only to migrate from): one sync key holding snippets with
 * `title`/`text` and an optional free-text `category`; no outlines, no fields, no search terms.
 */
export const LibraryV1 = z.object({
  version: z.literal(1),
  snippets: z.array(
    z.object({
      id: z.string().optional(),
      title: z.string().optional(),
      text: z.string().optional(),
      category: z.string().optional(),
    }),
  ),
});
export type LibraryV1 = z.infer<typeof LibraryV1>;
