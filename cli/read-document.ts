import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { DocMeta, DocModel } from '../shared/core/document/doc-model.ts';
import { docFromHtml } from '../shared/core/document/from-html.ts';
import { docFromMarkdown } from '../shared/core/document/from-markdown.ts';
import { docFromText } from '../shared/core/document/from-text.ts';
import { KhungInputError } from './errors.ts';
import { type LimitName, limitBytes, overLimit } from './limits.ts';
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
  // Loaded here only: a .txt, .md or .html check never pays for the .docx reader's start-up.
  if (source === 'docx') doc = await (await import('./docx/read-docx.ts')).readDocx(bytes, name);
  else {
    const decoded = decodeTextFile(bytes, name, source === 'html');
    if (decoded.note) options.note?.(decoded.note);
    if (source === 'html') doc = docFromHtml(decoded.text, meta);
    else if (source === 'markdown') doc = docFromMarkdown(decoded.text, meta);
    else doc = documentFromPlainText(decoded.text, name);
  }
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
