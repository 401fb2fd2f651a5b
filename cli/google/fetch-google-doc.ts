import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { KhungInputError } from '../errors.ts';
import { GoogleDocument } from './docs-schema.ts';
import { docsToModel } from './docs-to-model.ts';
import type { GoogleClients } from './google-clients.ts';
import { malformed, toGoogleError } from './google-error.ts';
import { type BackoffOptions, DEFAULT_BACKOFF, withBackoff } from './with-backoff.ts';

/** The Docs API's answer for one Google Doc (all tabs), unparsed; throws only KhungInputError. */
export async function fetchGoogleDocData(
  clients: GoogleClients,
  documentId: string,
  name = documentId,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<unknown> {
  try {
    const response = await withBackoff(
      () => clients.docs.documents.get({ documentId, includeTabsContent: true }),
      backoff,
    );
    return response.data;
  } catch (error) {
    throw toGoogleError(error, `tài liệu “${name}”`);
  }
}

/** The Docs API's answer → DocModel (`khung review` does this in its worker); throws only KhungInputError. */
export function googleDocToModel(data: unknown, name: string): DocModel {
  // gaxios hands back the raw text when a 200 body is not JSON.
  const parsed = GoogleDocument.safeParse(data);
  if (!parsed.success) throw malformed(`tài liệu “${name}”`);
  const doc = docsToModel(parsed.data);
  if (doc.blocks.length === 0)
    throw new KhungInputError('empty', `Tài liệu không có nội dung: ${doc.meta.name ?? name}`);
  return doc;
}

/** Reads one Google Doc through the Docs API (all tabs) and converts it; throws only KhungInputError. */
export async function fetchGoogleDoc(
  clients: GoogleClients,
  documentId: string,
  name = documentId,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<DocModel> {
  return googleDocToModel(await fetchGoogleDocData(clients, documentId, name, backoff), name);
}
