import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import type { DocMeta, DocModel } from '../shared/core/document/doc-model.ts';
import { docFromHtml } from '../shared/core/document/from-html.ts';
import { docFromMarkdown } from '../shared/core/document/from-markdown.ts';
import { docFromText } from '../shared/core/document/from-text.ts';
import { DOCX_ALIGNMENT_CSS, docxStyleMap, markAlignment } from './docx-style-map.ts';
import { KhungInputError } from './errors.ts';

type Source = 'text' | 'markdown' | 'html' | 'docx';
const SOURCES: Record<string, Source> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** Reads a .txt, .md, .html or .docx file into a DocModel; throws only KhungInputError. */
export async function readDocument(path: string): Promise<DocModel> {
  const name = basename(path);
  const info = await statFile(path, name);
  if (info.isDirectory()) throw new KhungInputError('unreadable', `Đây là thư mục, không phải tệp: ${name}`);
  const ext = extname(name).toLowerCase();
  const source = SOURCES[ext];
  if (!source) {
    const shown = ext === '' ? 'không có đuôi' : ext;
    throw new KhungInputError(
      'unsupported-type',
      `Không hỗ trợ loại tệp "${shown}" (chỉ đọc .docx, .txt, .md, .html): ${name}`,
    );
  }
  if (!info.isFile())
    throw new KhungInputError('unreadable', `Không đọc được tệp (không phải tệp thường): ${name}`);
  const bytes = await readBytes(path, name);
  if (bytes.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);

  const meta: DocMeta = { name, source, styled: source === 'html' || source === 'docx' };
  let doc: DocModel;
  if (source === 'docx') doc = docFromHtml(DOCX_ALIGNMENT_CSS + (await docxToHtml(bytes, name)), meta);
  else if (source === 'html') doc = docFromHtml(decodeText(bytes), meta);
  else if (source === 'markdown') doc = docFromMarkdown(decodeText(bytes), meta);
  else doc = documentFromPlainText(decodeText(bytes), name);
  if (doc.blocks.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);
  return doc;
}

/** Markdown headings ("# …") or a Markdown table row: `khung skeleton` output saved as .txt. */
const MARKDOWN_SIGNS = /^(#{1,6}[ \t]+\S|\|[ \t:]*-{3,})/m;

/**
 * A .txt file or standard input: plain text, or Markdown when it carries Markdown headings or tables
 * (a skeleton printed by `khung skeleton` and saved as .txt must not lose its headings).
 */
export function documentFromPlainText(text: string, name: string): DocModel {
  return MARKDOWN_SIGNS.test(text)
    ? docFromMarkdown(text, { name, source: 'markdown', styled: false })
    : docFromText(text, { name, source: 'text', styled: false });
}

async function statFile(path: string, name: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new KhungInputError('not-found', `Không tìm thấy tệp: ${name}`, error);
    }
    throw new KhungInputError('unreadable', `Không đọc được tệp${reason(code)}: ${name}`, error);
  }
}

async function readBytes(path: string, name: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new KhungInputError('not-found', `Không tìm thấy tệp: ${name}`, error);
    throw new KhungInputError('unreadable', `Không đọc được tệp${reason(code)}: ${name}`, error);
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function reason(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return ' (không có quyền đọc)';
  if (code === 'EISDIR') return ' (đây là thư mục)';
  return '';
}

/**
 * UTF-8 (BOM stripped), or UTF-16 when a BOM says so. Bytes that are not valid UTF-8 are read as
 * Latin-1 rather than refused: the core's hygiene checks then report the mojibake to the user.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** An OLE2 compound file: a Word 97–2003 .doc renamed to .docx, or a password-protected .docx. */
const isOle2 = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

async function docxToHtml(bytes: Buffer, name: string): Promise<string> {
  if (isOle2(bytes)) {
    throw new KhungInputError(
      'corrupt',
      `Tệp .docx bị hỏng hoặc không phải .docx (có thể là tệp .doc cũ hoặc có mật khẩu): ${name}`,
    );
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap: docxStyleMap(), includeDefaultStyleMap: true, transformDocument: markAlignment },
    );
    return result.value;
  } catch (error) {
    throw new KhungInputError('corrupt', `Tệp .docx bị hỏng hoặc không phải .docx: ${name}`, error);
  }
}
