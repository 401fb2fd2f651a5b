import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { skeletonToMarkdown, skeletonToText } from '../shared/core/outline/format-skeleton.ts';
import type { SkeletonBlock } from '../shared/core/outline/skeleton-block.ts';
import { KhungInputError } from './errors.ts';

/** The formats `khung skeleton` writes. */
export const SKELETON_FORMATS = ['md', 'text', 'docx'] as const;
export type SkeletonFormat = (typeof SKELETON_FORMATS)[number];

/** Where `khung skeleton` writes: the terminal, and the messages channel. */
export interface SkeletonIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The format when --format is not given: the --out file's extension says it (.docx → Word,
 * .txt → text), Markdown otherwise.
 */
export function skeletonFormatFor(out: string | undefined): SkeletonFormat {
  const ext = out ? extname(out).toLowerCase() : '';
  return ext === '.docx' ? 'docx' : ext === '.txt' ? 'text' : 'md';
}

/**
 * Prints the skeleton, or writes it to `out`. A Word file is always written to a file: its bytes
 * would garble a terminal, and a file name is what an officer opens in Word anyway.
 */
export async function writeSkeleton(
  blocks: readonly SkeletonBlock[],
  format: SkeletonFormat,
  out: string | undefined,
  title: string,
  io: SkeletonIo,
): Promise<number> {
  if (format === 'docx' && !out)
    throw new KhungInputError(
      'unsupported-type',
      'tệp Word cần nơi ghi: thêm --out <tên-tệp.docx>, ví dụ: khung skeleton bao-cao-nam --out bao-cao.docx',
    );
  if (!out) {
    io.out(format === 'md' ? skeletonToMarkdown(blocks) : skeletonToText(blocks));
    return 0;
  }
  let bytes: Uint8Array | string;
  if (format === 'docx') {
    // Loaded only here, so `khung check` and the other commands never load the writer and docx.
    const { skeletonToDocx } = await import('../shared/docx/skeleton-docx.ts');
    bytes = await skeletonToDocx(blocks, title);
  } else bytes = format === 'md' ? skeletonToMarkdown(blocks) : skeletonToText(blocks);
  try {
    await writeFile(out, bytes);
  } catch (error) {
    throw new KhungInputError('unreadable', `Không ghi được tệp${whyNot(error)}: ${out}`, error);
  }
  io.err(`khung: đã ghi khung văn bản (${describe(format)}): ${resolve(out)}\n`);
  return 0;
}

function describe(format: SkeletonFormat): string {
  return format === 'docx' ? 'Word .docx' : format === 'md' ? 'Markdown' : 'văn bản thuần';
}

function whyNot(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return ' (thư mục không tồn tại)';
  if (code === 'EACCES' || code === 'EPERM') return ' (không có quyền ghi)';
  if (code === 'EISDIR') return ' (đây là thư mục)';
  return '';
}
