import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { readDocxBytes } from './docx-bytes.ts';
import { type DriveFile, MIME } from './drive-schema.ts';
import { downloadFile, exportDocx } from './fetch-drive.ts';
import { fetchGoogleDoc } from './fetch-google-doc.ts';
import type { GoogleClients } from './google-clients.ts';
import { GoogleApiError } from './google-error.ts';
import { type BackoffOptions, DEFAULT_BACKOFF } from './with-backoff.ts';

/** True for the files `khung review` reads: Google Docs and .docx. */
export function isReadable(file: DriveFile): boolean {
  return file.mimeType === MIME.googleDoc || file.mimeType === MIME.docx || /\.docx$/i.test(file.name);
}

/**
 * One Drive file → DocModel. A Google Doc goes through the Docs API (named heading styles, fonts,
 * indents, tabs and page setup come through exactly, which a .docx export would blur); if the project
 * has not enabled the Docs API, it falls back to a Drive export to .docx. A .docx is downloaded and
 * read like a local one. Throws only KhungInputError.
 */
export async function readDriveFile(
  clients: GoogleClients,
  file: DriveFile,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<{ doc: DocModel; via: 'docs-api' | 'export' | 'download' }> {
  if (file.mimeType === MIME.googleDoc) {
    try {
      return { doc: await fetchGoogleDoc(clients, file.id, file.name, backoff), via: 'docs-api' };
    } catch (error) {
      if (!(error instanceof GoogleApiError && error.problem === 'api-disabled')) throw error;
      const doc = await readDocxBytes(await exportDocx(clients, file, backoff), file.name);
      return { doc: { ...doc, meta: { ...doc.meta, source: 'gdoc' } }, via: 'export' };
    }
  }
  if (isReadable(file))
    return {
      doc: await readDocxBytes(await downloadFile(clients, file, backoff), file.name),
      via: 'download',
    };
  throw new GoogleApiError(
    'not-supported',
    `“${file.name}” không phải Google Docs hay .docx (${file.mimeType}): bỏ qua.`,
  );
}
