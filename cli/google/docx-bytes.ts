import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { KhungInputError } from '../errors.ts';

/**
 * Reads downloaded .docx bytes with the same reader and limits as `khung check` (numbering labels,
 * styles, page setup; OLE2, corrupt-zip and over-limit messages naming the Drive file), straight from
 * memory: no temporary file, so a long Vietnamese file name cannot fail to be written.
 */
export async function readDocxBytes(bytes: Uint8Array, name: string): Promise<DocModel> {
  if (bytes.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);
  const { readDocx } = await import('../docx/read-docx.ts');
  const doc = await readDocx(bytes, name);
  if (doc.blocks.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);
  return doc;
}
