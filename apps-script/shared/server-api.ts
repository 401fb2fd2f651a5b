import { z } from 'zod';
import { CheckView } from '../../shared/core/report/check-view.ts';

// The contract between the sidebar (google.script.run) and the server functions of Code.js.
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

/** khungInit(): what the sidebar needs to start. */
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
});

/** khungCheck(outlineId | 'auto'): the check of the active tab. `signature` changes when the text does. */
export const CheckResponse = ok({ view: CheckView, signature: z.string(), blocks: z.number() });

/** khungPoll(signature): cheap re-read; `view` and its block count only when the document changed. */
export const PollResponse = ok({
  changed: z.boolean(),
  signature: z.string(),
  view: CheckView.optional(),
  blocks: z.number().optional(),
});

/**
 * khungInsertOutline(outlineId, params), khungInsertSnippet(text, 'block' | 'inline'), khungApplyFixes(outlineId,
 * signature, findingIndexes) — with the new view and signature —, khungSelectBlock(block),
 * khungSaveParams(params), khungImportUserOutlines(json), khungDeleteUserOutline(id).
 */
export const ActionResponse = ok({
  message: z.string(),
  view: CheckView.optional(),
  signature: z.string().optional(),
});

/**
 * khungDeriveOutline(name): a new user outline from the open document; `warning` when the document
 * reads like a finished report rather than a đề cương.
 */
export const DeriveResponse = ok({
  outline: z.unknown(),
  message: z.string(),
  warning: z.string().optional(),
});

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
  'khungCheck',
  'khungPoll',
  'khungInsertOutline',
  'khungInsertSnippet',
  'khungApplyFixes',
  'khungSelectBlock',
  'khungSaveParams',
  'khungDeriveOutline',
  'khungImportUserOutlines',
  'khungExportUserOutlines',
  'khungDeleteUserOutline',
  'khungSelfTest',
] as const;
export type ServerFunction = (typeof SERVER_FUNCTIONS)[number];
