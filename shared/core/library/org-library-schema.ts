import { z } from 'zod';
import { ID_FORMAT } from '../outline/format-messages.ts';
import { Outline } from '../outline/outline-schema.ts';
import { Snippet } from '../snippets/snippet-schema.ts';
import {
  ORG_LIBRARY_KIND,
  ORG_LIBRARY_SCHEMA_VERSION,
  VERSION_FORMAT,
  VERSION_PATTERN,
} from './org-library-format.ts';

/**
 * The federation's own version of its library: numbers joined by dots ("2026.3", "5"), compared
 * number by number (org-version.ts), so "2026.10" comes after "2026.9".
 */
export const OrgVersion = z.string().regex(VERSION_PATTERN, VERSION_FORMAT);

/**
 * An organisation library: the outlines and snippets one federation (LĐLĐ tỉnh, công đoàn ngành)
 * publishes to every officer under it, with its name, an id and its own version. The items are
 * checked by the very schemas an import of the officer's own library uses (Outline, Snippet).
 */
export const OrgLibrary = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal(ORG_LIBRARY_KIND),
  schemaVersion: z.literal(ORG_LIBRARY_SCHEMA_VERSION),
  /** A stable id of the library ("ldld-cao-bang"): a new version of the same library keeps it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, ID_FORMAT),
  /** The federation's name as officers know it: "LĐLĐ tỉnh Cao Bằng". */
  name: z.string().min(1),
  version: OrgVersion,
  /** When this version was made (ISO date and time), written by `khung library build`. */
  publishedAt: z.string().optional(),
  outlines: z.array(Outline),
  snippets: z.array(Snippet),
});
export type OrgLibrary = z.infer<typeof OrgLibrary>;
