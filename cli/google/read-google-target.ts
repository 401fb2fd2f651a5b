import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { KhungInputError } from '../errors.ts';
import type { AuthOptions } from './auth.ts';
import { connectGoogle } from './connect.ts';
import { MIME } from './drive-schema.ts';
import { getFileMeta } from './fetch-drive.ts';
import { GoogleApiError } from './google-error.ts';
import { GDOC_PREFIX, googleIdFrom } from './google-id.ts';
import { readDriveFile } from './read-drive-file.ts';

export { GDOC_PREFIX } from './google-id.ts';

/** `gdoc:<id or URL>` → the document (a Google Doc through the Docs API, or a .docx in Drive). */
export async function readGoogleTarget(
  target: string,
  auth: AuthOptions,
): Promise<{ doc: DocModel; name: string }> {
  const ref = target.slice(GDOC_PREFIX.length);
  const id = googleIdFrom(ref);
  if (!id)
    throw new KhungInputError(
      'unsupported-type',
      `Không nhận ra mã hay đường dẫn Google Docs: “${ref}” (ví dụ gdoc:https://docs.google.com/document/d/<mã>/edit)`,
    );
  const clients = await connectGoogle(auth);
  const file = await getFileMeta(clients, id, `tài liệu ${id}`);
  if (file.mimeType === MIME.folder)
    throw new GoogleApiError(
      'not-supported',
      `“${file.name}” là thư mục: để rà soát cả thư mục, dùng khung review ${id} --outline <id>`,
    );
  const { doc } = await readDriveFile(clients, file);
  return { doc, name: file.name };
}
