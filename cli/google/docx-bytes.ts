import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { readDocument } from '../read-document.ts';

/** A Drive file name made safe as a local file name, always ending in .docx. */
function localName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names.
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || 'tep';
  return /\.docx$/i.test(safe) ? safe : `${safe}.docx`;
}

/**
 * Reads downloaded .docx bytes with the same reader as `khung check` (mammoth, style map, OLE2 and
 * corrupt-zip messages naming the file): written to a private temp folder under the Drive file's name.
 */
export async function readDocxBytes(bytes: Uint8Array, name: string): Promise<DocModel> {
  const dir = await mkdtemp(join(tmpdir(), 'khung-docx-'));
  try {
    const path = join(dir, localName(name));
    await writeFile(path, bytes, { mode: 0o600 });
    return await readDocument(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
