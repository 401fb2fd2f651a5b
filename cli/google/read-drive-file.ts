import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { readDocxBytes } from './docx-bytes.ts';
import { type DriveFile, MIME } from './drive-schema.ts';
import { downloadFile, exportDocx } from './fetch-drive.ts';
import { fetchGoogleDocData, googleDocToModel } from './fetch-google-doc.ts';
import type { GoogleClients } from './google-clients.ts';
import { GoogleApiError } from './google-error.ts';
import { type BackoffOptions, DEFAULT_BACKOFF } from './with-backoff.ts';

/** True for the files `khung review` reads: Google Docs and .docx. */
export function isReadable(file: DriveFile): boolean {
  return file.mimeType === MIME.googleDoc || file.mimeType === MIME.docx || /\.docx$/i.test(file.name);
}

/** What was fetched for one file, not yet read: the Docs API's answer, or .docx bytes. */
export type DriveContent =
  | { kind: 'gdoc'; name: string; data: unknown }
  | { kind: 'docx'; name: string; bytes: Uint8Array; via: 'export' | 'download' };

/**
 * Fetches one Drive file. A Google Doc goes through the Docs API (named heading styles, fonts,
 * indents, tabs and page setup come through exactly, which a .docx export would blur); if the project
 * has not enabled the Docs API, it falls back to a Drive export to .docx. A .docx is downloaded.
 * Throws only KhungInputError.
 */
export async function fetchDriveContent(
  clients: GoogleClients,
  file: DriveFile,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<DriveContent> {
  if (file.mimeType === MIME.googleDoc) {
    try {
      return {
        kind: 'gdoc',
        name: file.name,
        data: await fetchGoogleDocData(clients, file.id, file.name, backoff),
      };
    } catch (error) {
      if (!(error instanceof GoogleApiError && error.problem === 'api-disabled')) throw error;
      return {
        kind: 'docx',
        name: file.name,
        bytes: await exportDocx(clients, file, backoff),
        via: 'export',
      };
    }
  }
  if (isReadable(file))
    return {
      kind: 'docx',
      name: file.name,
      bytes: await downloadFile(clients, file, backoff),
      via: 'download',
    };
  throw new GoogleApiError(
    'not-supported',
    `“${file.name}” không phải Google Docs hay .docx (${file.mimeType}): bỏ qua.`,
  );
}

/** Reads fetched content into a DocModel (a .docx like a local one); throws only KhungInputError. */
export async function contentToDoc(content: DriveContent): Promise<DocModel> {
  if (content.kind === 'gdoc') return googleDocToModel(content.data, content.name);
  const doc = await readDocxBytes(content.bytes, content.name);
  return content.via === 'export' ? { ...doc, meta: { ...doc.meta, source: 'gdoc' } } : doc;
}

/** One Drive file → DocModel, fetched and read here (`khung check gdoc:`); throws only KhungInputError. */
export async function readDriveFile(
  clients: GoogleClients,
  file: DriveFile,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<{ doc: DocModel; via: 'docs-api' | 'export' | 'download' }> {
  const content = await fetchDriveContent(clients, file, backoff);
  return { doc: await contentToDoc(content), via: content.kind === 'gdoc' ? 'docs-api' : content.via };
}
