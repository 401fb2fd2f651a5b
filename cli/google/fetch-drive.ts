import { DriveFile, DriveFileList, FILE_FIELDS, MIME } from './drive-schema.ts';
import type { GoogleClients } from './google-clients.ts';
import { GoogleApiError, malformed, toGoogleError } from './google-error.ts';
import { type BackoffOptions, DEFAULT_BACKOFF, withBackoff } from './with-backoff.ts';

/** Shared drives too: a union office's folder often lives in one (developers.google.com/drive/api/guides/enable-shareddrives). */
const ALL_DRIVES = { supportsAllDrives: true } as const;

/** One file's metadata (name, type, version); throws GoogleApiError. */
export async function getFileMeta(
  clients: GoogleClients,
  fileId: string,
  what: string,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<DriveFile> {
  let data: unknown;
  try {
    data = (
      await withBackoff(
        () => clients.drive.files.get({ fileId, fields: FILE_FIELDS, ...ALL_DRIVES }),
        backoff,
      )
    ).data;
  } catch (error) {
    throw toGoogleError(error, what);
  }
  const parsed = DriveFile.safeParse(data);
  if (!parsed.success) throw malformed(what);
  return parsed.data;
}

/** Every file directly in a folder (not trashed), all pages; a non-folder id is refused with its name. */
export async function listFolder(
  clients: GoogleClients,
  folderId: string,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<{ folder: DriveFile; files: DriveFile[] }> {
  const folder = await getFileMeta(clients, folderId, `thư mục ${folderId}`, backoff);
  if (folder.mimeType !== MIME.folder)
    throw new GoogleApiError(
      'not-folder',
      `“${folder.name}” không phải thư mục Google Drive (là ${folder.mimeType}): hãy đưa mã hoặc đường dẫn của thư mục chứa các báo cáo.`,
    );
  const what = `danh sách tệp trong thư mục “${folder.name}”`;
  const files: DriveFile[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    let data: unknown;
    try {
      const response = await withBackoff(
        () =>
          clients.drive.files.list({
            q: `'${folderId}' in parents and trashed=false`,
            fields: `nextPageToken,files(${FILE_FIELDS})`,
            pageSize: 100,
            orderBy: 'name',
            includeItemsFromAllDrives: true,
            ...ALL_DRIVES,
            ...(token ? { pageToken: token } : {}),
          }),
        backoff,
      );
      data = response.data;
    } catch (error) {
      throw toGoogleError(error, what);
    }
    const parsed = DriveFileList.safeParse(data);
    if (!parsed.success) throw malformed(what);
    files.push(...parsed.data.files);
    pageToken = parsed.data.nextPageToken;
  } while (pageToken);
  return { folder, files };
}

function bytesOf(data: unknown, what: string): Buffer {
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw malformed(what);
}

/** The bytes of an uploaded file (files.get alt=media). */
export async function downloadFile(
  clients: GoogleClients,
  file: DriveFile,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<Buffer> {
  const what = `tệp “${file.name}”`;
  try {
    const response = await withBackoff(
      () =>
        clients.drive.files.get(
          { fileId: file.id, alt: 'media', ...ALL_DRIVES },
          { responseType: 'arraybuffer' },
        ),
      backoff,
    );
    return bytesOf(response.data, what);
  } catch (error) {
    throw toGoogleError(error, what);
  }
}

/** A Google Doc exported as .docx (files.export), for when the Docs API is not enabled in the project. */
export async function exportDocx(
  clients: GoogleClients,
  file: DriveFile,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
): Promise<Buffer> {
  const what = `tài liệu “${file.name}”`;
  try {
    const response = await withBackoff(
      () =>
        clients.drive.files.export({ fileId: file.id, mimeType: MIME.docx }, { responseType: 'arraybuffer' }),
      backoff,
    );
    return bytesOf(response.data, what);
  } catch (error) {
    throw toGoogleError(error, what);
  }
}
