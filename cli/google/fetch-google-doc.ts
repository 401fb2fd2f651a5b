import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { KhungInputError } from '../errors.ts';
import { GoogleDocument } from './docs-schema.ts';
import { docsToModel } from './docs-to-model.ts';
import type { GoogleClients } from './google-clients.ts';
import { malformed, toGoogleError } from './google-error.ts';
import { type BackoffOptions, DEFAULT_BACKOFF, withBackoff } from './with-backoff.ts';

/** Reads one Google Doc through the Docs API (all tabs) and converts it; throws only KhungInputError. */
export async function fetchGoogleDoc(
  clients: GoogleClients,
  documentId: string,
  name = documentId,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<DocModel> {
  const what = `tài liệu “${name}”`;
  let data: unknown;
  try {
    const response = await withBackoff(
      () => clients.docs.documents.get({ documentId, includeTabsContent: true }),
      backoff,
    );
    data = response.data;
  } catch (error) {
    throw toGoogleError(error, what);
  }
  // gaxios hands back the raw text when a 200 body is not JSON.
  const parsed = GoogleDocument.safeParse(data);
  if (!parsed.success) throw malformed(what);
  const doc = docsToModel(parsed.data);
  if (doc.blocks.length === 0)
    throw new KhungInputError('empty', `Tài liệu không có nội dung: ${doc.meta.name ?? name}`);
  return doc;
}
