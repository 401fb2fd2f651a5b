import { z } from 'zod';
import { DocModel } from '../../shared/core/document/doc-model.ts';
import { Outline } from '../../shared/core/outline/outline-schema.ts';

// The contract between the sidebar (google.script.run) and the server functions of Code.js.
// The server reads and writes the document and the user's store; the sidebar runs the checker on the
// document model the server read (docs/addon.md, "Who does what").
// Every server function returns a Result so the sidebar never sees a thrown stack trace: errors
// come back as { ok: false, message } with a Vietnamese message. The sidebar validates every
// result with these schemas (safeParse) before using it.

export const Failure = z.object({ ok: z.literal(false), message: z.string() });
const ok = <T extends z.ZodRawShape>(shape: T) =>
  z.union([z.object({ ok: z.literal(true), ...shape }), Failure]);

export const OutlineSummary = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string(),
  source: z.string(),
  /** true for an outline the user derived and keeps in their properties. */
  user: z.boolean(),
});
export type OutlineSummary = z.infer<typeof OutlineSummary>;

/** khungInit(scope?: 'user-only'): what the sidebar needs to start. */
export const InitResult = ok({
  outlines: z.array(OutlineSummary),
  /** The parameters the user filled last time (remembered per user). */
  params: z.record(z.string(), z.string()),
  /** The outline the user chose last time, or 'auto'. */
  outlineId: z.string(),
  docEmpty: z.boolean(),
  /** Bytes used of the user-properties quota by user outlines, and the limit. */
  storage: z.object({ used: z.number(), limit: z.number() }),
  /** The part of the sidebar the add-on menu item asked for ("Chèn đề cương…", "Kiểm tra văn bản"). */
  startView: z.enum(['insert', 'check', 'selftest']).optional(),
  /**
   * Every outline in full (built-in, then the user's, as in `outlines`), validated by the server: what
   * the sidebar checks against. With khungInit('user-only'), the user's outlines only.
   */
  library: z.array(Outline),
});

/**
 * khungRead(outlineId | 'auto'): the active tab as the core's document model (the sidebar checks it),
 * and its `signature`, which changes when the text does; remembers the outline choice.
 */
export const ReadResponse = ok({ doc: DocModel, signature: z.string() });

/** khungPoll(signature): cheap re-read; the document model only when the text changed. */
export const PollResponse = ok({
  changed: z.boolean(),
  signature: z.string(),
  doc: DocModel.optional(),
});

/**
 * khungApplyEdits(edits, namedBlocks): the edits of the fixes the sidebar chose, applied only if every
 * named paragraph still holds the text it had; then the document read again, for the re-check.
 */
export const EditsResponse = ok({ doc: DocModel, signature: z.string() });

/**
 * khungInsertOutline(outlineId, params), khungInsertSnippet(text, 'block' | 'inline'),
 * khungSelectBlock(block), khungSaveParams(params), khungImportUserOutlines(json),
 * khungSaveDerivedOutline(outline), khungDeleteUserOutline(id).
 */
export const ActionResponse = ok({ message: z.string() });

/** khungExportUserOutlines(): the user's outlines as JSON text. */
export const ExportResponse = ok({ json: z.string() });

/** One line of khungSelfTest: what was tried, whether it worked, and what came back. */
export const SelfCheck = z.object({ id: z.string(), label: z.string(), ok: z.boolean(), detail: z.string() });
export type SelfCheck = z.infer<typeof SelfCheck>;

/** khungSelfTest(): every Apps Script call the add-on depends on, tried on the open document. */
export const SelfTestResponse = ok({ checks: z.array(SelfCheck), ms: z.number() });

/** The server functions the sidebar may call (each a top-level function in Code.js). */
export const SERVER_FUNCTIONS = [
  'khungInit',
  'khungRead',
  'khungPoll',
  'khungInsertOutline',
  'khungInsertSnippet',
  'khungApplyEdits',
  'khungSelectBlock',
  'khungSaveParams',
  'khungSaveDerivedOutline',
  'khungImportUserOutlines',
  'khungExportUserOutlines',
  'khungDeleteUserOutline',
  'khungSelfTest',
] as const;
export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];
