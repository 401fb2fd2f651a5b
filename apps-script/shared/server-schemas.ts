import { z } from 'zod';
import { FixEdit } from '../../shared/core/base/finding.ts';
import { OrgLibrary } from '../../shared/core/library/org-library-schema.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';

// Every shape the add-on's server checks what it receives against: outlines and organisation
// libraries (the core's own zod schemas, not copies), and the sidebar's arguments. Code.js carries no
// zod: the build turns each of these into a standalone validator (apps-script/build/schema-validators.ts)
// and the server calls it by name (apps-script/server/schema-check.ts). The server imports this file
// for its types only.

/**
 * The schemas Code.js validates with, by name. A schema named here and used inside another (the
 * Outline inside OrgLibrary) is generated once and shared.
 */
export const SERVER_SCHEMAS = {
  outline: Outline,
  orgLibrary: OrgLibrary,
  /** The insert form's parameters: names (≤ 40 characters) to values (≤ 500). */
  formParams: z.record(z.string().max(40), z.string().max(500)),
  /** The findings to fix at once: 1 to 500 indexes into the last check's findings. */
  findingIndexes: z.array(z.int().min(0)).min(1).max(500),
  /** A block to select: an index into the document's blocks. */
  blockIndex: z.int().min(0),
  /** The edits of the fixes the sidebar chose, computed on the document it read (the core's FixEdit). */
  fixEdits: z.array(FixEdit).min(1).max(2_000),
  /** The paragraphs those edits name, with the text each held when the sidebar read it. */
  namedBlocks: z.array(z.object({ block: z.int().min(0), text: z.string() }).strict()).max(2_000),
  /** An outline id the sidebar remembers as the user's choice ('auto' or an outline's id). */
  outlineId: z.string().min(1).max(200),
  /** A derived outline's name, once trimmed. */
  outlineName: z.string().max(200),
  /** One filled snippet. */
  snippetText: z.string().max(20_000),
};

/** The name of a schema Code.js validates with. */
export type ServerSchemaName = keyof typeof SERVER_SCHEMAS;
/** What data that passed a schema is. */
export type ServerSchemaData<K extends ServerSchemaName> = z.output<(typeof SERVER_SCHEMAS)[K]>;
