import type { Block, DocMeta, DocModel } from '../../shared/core/document/doc-model.ts';
import { KhungInputError } from '../errors.ts';
import { formatMegabytes, LIMITS } from '../limits.ts';
import { BodyReader } from './body-reader.ts';
import { DocxLimitError, type DocxLimits, docxLimits, LIMIT_NAMES } from './limits.ts';
import { ListCounter } from './list-counter.ts';
import { ListDefinitions } from './numbering.ts';
import { findParts, readTree, themeFonts } from './package-parts.ts';
import { type DocxContext, pageSetup, paragraphBlocks } from './paragraph-blocks.ts';
import { StyleSheet } from './styles.ts';
import { xmlSink } from './xml-events.ts';
import { openPackage } from './zip-package.ts';

/** An OLE2 compound file: a Word 97–2003 .doc renamed to .docx, or a password-protected .docx. */
const isOle2 = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Reads a .docx held in memory into a DocModel: paragraphs and table cells in reading order, Word's
 * list labels ("I.", "1.", "a)") before their text, font, size, bold, italic, alignment and indents
 * resolved through the styles, and the first section's page size and margins. Every limit is checked
 * while the parts are inflated. Throws only KhungInputError (one Vietnamese line naming the file).
 */
export async function readDocx(
  bytes: Uint8Array,
  name: string,
  limits: DocxLimits = docxLimits(),
): Promise<DocModel> {
  if (isOle2(bytes))
    throw new KhungInputError(
      'corrupt',
      `Tệp .docx bị hỏng hoặc không phải .docx (có thể là tệp .doc cũ hoặc có mật khẩu): ${name}`,
    );
  try {
    return await readPackage(bytes, name, limits);
  } catch (error) {
    if (error instanceof KhungInputError) throw error;
    if (error instanceof DocxLimitError) throw overDocxLimit(error, name, limits);
    throw new KhungInputError('corrupt', `Tệp .docx bị hỏng hoặc không phải .docx: ${name}`, error);
  }
}

async function readPackage(bytes: Uint8Array, name: string, limits: DocxLimits): Promise<DocModel> {
  const pkg = await openPackage(bytes, limits);
  const parts = await findParts(pkg);
  const theme = parts.theme ? themeFonts(await readTree(pkg, parts.theme)) : {};
  const styles = new StyleSheet(parts.styles ? await readTree(pkg, parts.styles) : undefined);
  const lists = new ListDefinitions(
    parts.numbering ? await readTree(pkg, parts.numbering) : undefined,
    styles,
  );
  const context: DocxContext = { styles, lists, counter: new ListCounter(lists), theme };
  const blocks: Block[] = [];
  const body = new BodyReader((raw) => {
    for (const block of paragraphBlocks(raw, context)) blocks.push(block);
  });
  await pkg.read(parts.document, xmlSink(body));
  const meta: DocMeta = { name, source: 'docx', styled: true };
  const page = pageSetup(body.section);
  if (page) meta.page = page;
  return { blocks, meta };
}

/** The one-line refusal of a .docx over a limit, in the words of the command line's other limits. */
function overDocxLimit(error: DocxLimitError, name: string, limits: DocxLimits): KhungInputError {
  const limit = LIMIT_NAMES[error.limit];
  const spec = LIMITS[limit];
  if (error.limit === 'fileBytes')
    return new KhungInputError(
      'too-large',
      `Tệp quá lớn: ${name} (${formatMegabytes(error.seen)}, giới hạn ${formatMegabytes(limits.fileBytes)} ` +
        `cho ${spec.what}); đặt biến ${spec.env} (${spec.unit}) để nâng giới hạn.`,
      error,
    );
  if (error.limit === 'entries')
    return new KhungInputError(
      'too-large',
      `Tệp .docx có quá nhiều phần: ${name} (${error.seen} phần, giới hạn ${limits.entries}); ` +
        `đặt biến ${spec.env} để nâng giới hạn.`,
      error,
    );
  // Inflating stops at the limit, so the real size is unknown: "64 MB trở lên" is what is known.
  return new KhungInputError(
    'too-large',
    `Tệp quá lớn khi giải nén: ${name} (từ ${formatMegabytes(error.seen)} trở lên, giới hạn ` +
      `${formatMegabytes(limits[error.limit])} cho ${spec.what}); đặt biến ${spec.env} (${spec.unit}) để nâng giới hạn.`,
    error,
  );
}
