import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { DocMeta, DocModel } from '../shared/core/document/doc-model.ts';
import { KhungInputError } from './errors.ts';
import { type LimitName, limitBytes, overLimit } from './limits.ts';
import { readPlainText } from './read/plain-text.ts';
import { decodeTextFile } from './text-encoding.ts';

type Source = 'text' | 'markdown' | 'html' | 'docx';
const SOURCES: Record<string, Source> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

/** What a reader may tell besides the document: how a file that was not UTF-8 was decoded. */
export interface ReadOptions {
  note?: (text: string) => void;
}

/** The size limit of each text source, checked against the file's size before it is read. */
const SIZE_LIMIT: Partial<Record<Source, LimitName>> = {
  text: 'textFile',
  markdown: 'textFile',
  html: 'htmlFile',
  docx: 'docxFile',
};

/** Reads a .txt, .md, .html or .docx file into a DocModel; throws only KhungInputError. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<DocModel> {
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
  const limit = SIZE_LIMIT[source];
  if (limit && info.size > limitBytes(limit)) throw overLimit(limit, info.size, name);
  const bytes = await readBytes(path, name);
  // The file may have grown since it was measured.
  if (limit && bytes.length > limitBytes(limit)) throw overLimit(limit, bytes.length, name);
  if (bytes.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);

  const meta: DocMeta = { name, source, styled: source === 'html' || source === 'docx' };
  let doc: DocModel;
  // Each reader is loaded here only: a .txt check never pays for the .docx, HTML or Markdown parsers.
  if (source === 'docx') doc = await (await import('./docx/read-docx.ts')).readDocx(bytes, name);
  else {
    const decoded = decodeTextFile(bytes, name, source === 'html');
    if (decoded.note) options.note?.(decoded.note);
    if (source === 'html') doc = (await import('./read/html.ts')).docFromHtml(decoded.text, meta);
    else if (source === 'markdown')
      doc = (await import('./read/markdown.ts')).docFromMarkdown(decoded.text, meta);
    else doc = await readPlainText(decoded.text, name);
  }
  if (doc.blocks.length === 0) throw new KhungInputError('empty', `Tệp không có nội dung: ${name}`);
  return doc;
}

/** A .txt file or standard input: plain text, or Markdown when it carries Markdown headings or tables. */
export function documentFromPlainText(text: string, name: string): Promise<DocModel> {
  return readPlainText(text, name);
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
