import { z } from 'zod/mini';

// The Docs bridge asks the service worker for the export of its own document: the worker may follow
// Docs' redirect to its content domain (host permissions), which a content script's fetch may not
// (CORS). The worker reads only the export of the document open in the asking tab's top frame, never
// an address taken from the message (extension/background/docs-export.ts).

/** From the Docs bridge's top frame: "the export of my document, please". */
export const DocsExportRequest = z.object({ type: z.literal('khung:docs-export') });
export type DocsExportRequest = z.infer<typeof DocsExportRequest>;

/** Why the export could not be read (each has its Vietnamese message in export-reader.ts). */
export const ExportFailure = z.enum(['signedOut', 'forbidden', 'notFound', 'network']);
export type ExportFailure = z.infer<typeof ExportFailure>;

/** The worker's answer: the export's HTML, or why there is none. */
export const DocsExportReply = z.union([
  z.object({ ok: z.literal(true), html: z.string() }),
  z.object({ ok: z.literal(false), kind: ExportFailure }),
]);
export type DocsExportReply = z.infer<typeof DocsExportReply>;
