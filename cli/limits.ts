import { KhungInputError } from './errors.ts';

/** One limit: the environment variable that overrides it, its unit and its default. */
export interface LimitSpec {
  env: string;
  unit: 'MB' | 'giây' | 'phần';
  default: number;
  /** What it bounds, in the words of the error message ("tệp văn bản"). */
  what: string;
}

/**
 * Every limit the command line applies to what it reads, in one table (docs/limits.md lists them).
 * Each is overridden by its environment variable, in the unit shown; nothing else changes them.
 * Sizes are checked with the file's size before a byte is read, so an oversized file costs nothing.
 */
export const LIMITS = {
  /** .txt and .md files, and standard input (`khung check -`). 20 MB of text checks in seconds. */
  textFile: { env: 'KHUNG_MAX_TEXT_MB', unit: 'MB', default: 32, what: 'tệp văn bản' },
  /** .html files: markup weighs more than text for the same words. */
  htmlFile: { env: 'KHUNG_MAX_HTML_MB', unit: 'MB', default: 48, what: 'tệp HTML' },
  /** A .docx file as stored (compressed): photos make real reports tens of MB. */
  docxFile: { env: 'KHUNG_MAX_DOCX_MB', unit: 'MB', default: 100, what: 'tệp .docx' },
  /** One part of a .docx (its text, its styles …) once inflated: counted while inflating. */
  docxPart: {
    env: 'KHUNG_MAX_DOCX_PART_MB',
    unit: 'MB',
    default: 64,
    what: 'một phần của tệp .docx khi giải nén',
  },
  /** The parts of a .docx Khung reads, once inflated, added up. */
  docxTotal: { env: 'KHUNG_MAX_DOCX_TOTAL_MB', unit: 'MB', default: 128, what: 'tệp .docx khi giải nén' },
  /** Entries of a .docx's zip directory (Word writes a few dozen). */
  docxEntries: {
    env: 'KHUNG_MAX_DOCX_ENTRIES',
    unit: 'phần',
    default: 5000,
    what: 'số phần trong tệp .docx',
  },
  /** An outline file given with --outline or to `khung skeleton` (a real one is a few dozen kB). */
  outlineFile: { env: 'KHUNG_MAX_OUTLINE_MB', unit: 'MB', default: 4, what: 'tệp đề cương' },
  /** The heap of the worker that reads and checks one document of `khung review`. */
  reviewMemory: { env: 'KHUNG_REVIEW_MEMORY_MB', unit: 'MB', default: 1536, what: 'bộ nhớ cho một văn bản' },
  /** How long one document of `khung review` may take to be read and checked. */
  reviewSeconds: {
    env: 'KHUNG_REVIEW_TIMEOUT_S',
    unit: 'giây',
    default: 120,
    what: 'thời gian cho một văn bản',
  },
} as const satisfies Record<string, LimitSpec>;

export type LimitName = keyof typeof LIMITS;

/** The limit's value in its unit: the environment's when set (a positive number), else the default. */
export function limitValue(name: LimitName, env: NodeJS.ProcessEnv = process.env): number {
  const spec: LimitSpec = LIMITS[name];
  const raw = env[spec.env];
  if (raw === undefined || raw.trim() === '') return spec.default;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new KhungInputError(
      'unsupported-type',
      `${spec.env} cần một số dương (${spec.unit}); nhận được “${raw}”`,
    );
  return value;
}

/** A size limit in bytes. */
export function limitBytes(name: LimitName, env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(limitValue(name, env) * 1024 * 1024);
}

/** "12,5 MB": a size as the messages show it. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb.toLocaleString('vi-VN', { maximumFractionDigits: mb < 10 ? 1 : 0 })} MB`;
}

/** The one-line refusal of an input over a size limit, naming the file, the limit and how to raise it. */
export function overLimit(name: LimitName, size: number, file: string): KhungInputError {
  const spec: LimitSpec = LIMITS[name];
  return new KhungInputError(
    'too-large',
    `Tệp quá lớn: ${file} (${formatMegabytes(size)}, giới hạn ${formatMegabytes(limitBytes(name))} cho ${spec.what}); ` +
      `đặt biến ${spec.env} (${spec.unit}) để nâng giới hạn.`,
  );
}
