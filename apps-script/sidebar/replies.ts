import type { z as zc } from 'zod';
import { z } from 'zod/mini';
import { DocModelMini, type Same } from '../../shared/core/document/doc-model-mini.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type * as Api from '../shared/server-api.ts';

// The server's answers as the sidebar validates them, in zod/mini: the contract (server-api.ts) is
// written in full zod for the server, whose zod the inlined Sidebar.html cannot afford (60 KB). The
// checks at the bottom keep each mirror the contract's shape: tsc fails when they part.

export const Failure = z.object({ ok: z.literal(false), message: z.string() });
const ok = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.union([z.object({ ok: z.literal(true), ...shape }), Failure]);

/**
 * An outline in full. The server validated every one with the core's schema (its generated
 * validator) before sending it; here only its frame is looked at, as mirroring the whole schema in
 * zod/mini would cost the sidebar ≈10 KB for data its own server vouches for.
 */
const OutlineFrame = z.custom<Outline>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { id?: unknown }).id === 'string' &&
    Array.isArray((v as { sections?: unknown }).sections),
);

const OutlineSummary = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string(),
  source: z.string(),
  user: z.boolean(),
});

/** khungInit(). */
export const InitResult = ok({
  outlines: z.array(OutlineSummary),
  params: z.record(z.string(), z.string()),
  outlineId: z.string(),
  docEmpty: z.boolean(),
  storage: z.object({ used: z.number(), limit: z.number() }),
  startView: z.optional(z.enum(['insert', 'check', 'selftest'])),
  library: z.array(OutlineFrame),
});
/** khungRead(outlineId). */
export const ReadResponse = ok({ doc: DocModelMini, signature: z.string() });
/** khungPoll(signature). */
export const PollResponse = ok({
  changed: z.boolean(),
  signature: z.string(),
  doc: z.optional(DocModelMini),
});
/** khungApplyEdits(edits, namedBlocks). */
export const EditsResponse = ok({ doc: DocModelMini, signature: z.string() });
/** khungInsertOutline, khungInsertSnippet, khungSelectBlock, khungSaveDerivedOutline. */
export const ActionResponse = ok({ message: z.string() });
/** khungExportUserOutlines(). */
export const ExportResponse = ok({ json: z.string() });
const SelfCheck = z.object({ id: z.string(), label: z.string(), ok: z.boolean(), detail: z.string() });
/** khungSelfTest(). */
export const SelfTestResponse = ok({ checks: z.array(SelfCheck), ms: z.number() });
/** Calls that answer only ok/message (save, import, delete). */
export const Ack = z.union([z.object({ ok: z.literal(true), message: z.optional(z.string()) }), Failure]);

type Mirror<M extends z.ZodMiniType, C> = Same<z.infer<M>, C>;
const mirrors: [
  Mirror<typeof InitResult, zc.infer<typeof Api.InitResult>>,
  Mirror<typeof ReadResponse, zc.infer<typeof Api.ReadResponse>>,
  Mirror<typeof PollResponse, zc.infer<typeof Api.PollResponse>>,
  Mirror<typeof EditsResponse, zc.infer<typeof Api.EditsResponse>>,
  Mirror<typeof ActionResponse, zc.infer<typeof Api.ActionResponse>>,
  Mirror<typeof ExportResponse, zc.infer<typeof Api.ExportResponse>>,
  Mirror<typeof SelfTestResponse, zc.infer<typeof Api.SelfTestResponse>>,
] = [true, true, true, true, true, true, true];
void mirrors;
