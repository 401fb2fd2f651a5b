import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { KhungInputError } from '../errors.ts';
import { colors } from '../format-text.ts';
import { connectGoogle } from '../google/connect.ts';
import { googleIdFrom } from '../google/google-id.ts';
import { cacheDir } from '../google/token-store.ts';
import { resolveOutline } from '../load-outlines.ts';
import { visibleDeep } from '../terminal-safe.ts';
import { toCsv } from './csv-report.ts';
import { DocCache } from './doc-cache.ts';
import { formatSummary } from './format-summary.ts';
import { toHtml } from './html-report.ts';
import { createProgress } from './progress.ts';
import { runReview } from './run-review.ts';

/** The options of `khung review`, as parsed from the command line. */
export interface ReviewArgs {
  target: string | undefined;
  outline?: string | undefined;
  out?: string | undefined;
  csv?: string | undefined;
  json?: string | undefined;
  concurrency?: string | undefined;
  cache?: string | undefined;
  noCache?: boolean | undefined;
  key?: string | undefined;
  clientSecret?: string | undefined;
}

/** Where review writes: the summary to `out`, progress and notes to `err`. */
export interface ReviewIo {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** stderr is a terminal: draw the progress bar in place. */
  errTty?: boolean | undefined;
}

/** The report's time; SOURCE_DATE_EPOCH (the reproducible-builds convention) pins it for screenshots. */
function reportTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/** The HTML report's file when no output is named. */
export const DEFAULT_HTML = 'khung-ra-soat.html';

function concurrencyOf(value: string | undefined): number {
  if (value === undefined) return 4;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16)
    throw new KhungInputError(
      'unsupported-type',
      `--concurrency cần số nguyên từ 1 đến 16 (nhận được “${value}”)`,
    );
  return n;
}

function save(path: string, text: string, io: ReviewIo, what: string): void {
  try {
    writeFileSync(path, text);
  } catch {
    throw new KhungInputError('unreadable', `Không ghi được ${what}: ${path}`);
  }
  io.err(`khung: đã ghi ${what}: ${resolve(path)}\n`);
}

/**
 * `khung review <folder> --outline <id>`: checks every Google Doc and .docx of a Drive folder and writes
 * the summary, the HTML report and (on request) CSV and JSON. Exit 0 when every document was read and
 * none has errors, 1 when some have errors or could not be read, 2 when the review could not run.
 */
export async function reviewCommand(
  args: ReviewArgs,
  io: ReviewIo,
  outlines: readonly Outline[],
): Promise<number> {
  if (!args.target)
    throw new KhungInputError(
      'unsupported-type',
      'thiếu <thư mục>. Cách dùng: khung review <mã hoặc đường dẫn thư mục> --outline <id>',
    );
  const folderId = googleIdFrom(args.target);
  if (!folderId)
    throw new KhungInputError(
      'unsupported-type',
      `Không nhận ra mã hay đường dẫn thư mục Google Drive: “${args.target}”`,
    );
  if (!args.outline || args.outline === 'auto')
    throw new KhungInputError(
      'unsupported-type',
      'khung review cần --outline <id> (đề cương để đối chiếu mọi báo cáo). Xem: khung outlines',
    );
  const outline = resolveOutline(args.outline, outlines);
  const concurrency = concurrencyOf(args.concurrency);
  const note = (text: string) => io.err(`khung: ${text}`);
  const clients = await connectGoogle({ key: args.key, clientSecret: args.clientSecret, note });
  const cache = args.noCache ? undefined : new DocCache(args.cache ?? cacheDir());
  const report = await runReview({
    clients,
    folderId,
    outline,
    concurrency,
    cache,
    progress: createProgress(io.err, Boolean(io.errTty)),
    now: reportTime,
  });
  io.out(formatSummary(visibleDeep(report), colors(io.color)));
  const html = args.out ?? (args.csv || args.json ? undefined : DEFAULT_HTML);
  if (html) save(html, toHtml(report), io, 'báo cáo HTML');
  if (args.csv) save(args.csv, toCsv(report), io, 'bảng CSV');
  if (args.json) save(args.json, `${JSON.stringify(report, null, 2)}\n`, io, 'JSON');
  const { errors, failed } = report.totals;
  return errors + failed > 0 ? 1 : 0;
}
