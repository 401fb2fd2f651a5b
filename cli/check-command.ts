import type { DocModel } from '../shared/core/document/doc-model.ts';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../shared/core/rules/check-document.ts';
import { KhungInputError } from './errors.ts';
import { colors, formatText } from './format-text.ts';
import { GDOC_PREFIX } from './google/google-id.ts';
import { documentFromPlainText, readDocument } from './read-document.ts';
import { toReport } from './report-model.ts';
import { jsonForTerminal, visibleControls, visibleDeep } from './terminal-safe.ts';

/** Where `khung check` writes and reads. */
export interface CheckIo {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  readStdin?: () => Promise<string>;
}

/** The options of `khung check` as parsed. */
export interface CheckArgs {
  file: string;
  format: 'text' | 'json';
  outline: Outline | 'auto';
  key?: string | undefined;
  clientSecret?: string | undefined;
}

/** Any input of `khung check`: a Google Doc (the Google clients are loaded only then), standard input, a file. */
async function readInput(args: CheckArgs, io: CheckIo): Promise<DocModel> {
  const note = (text: string) => io.err(`khung: ${visibleControls(text)}\n`);
  if (args.file.startsWith(GDOC_PREFIX)) {
    const { readGoogleTarget } = await import('./google/read-google-target.ts');
    const auth = {
      key: args.key,
      clientSecret: args.clientSecret,
      note: (t: string) => io.err(`khung: ${t}`),
    };
    return (await readGoogleTarget(args.file, auth)).doc;
  }
  if (args.file !== '-') return readDocument(args.file, { note });
  if (!io.readStdin) throw new KhungInputError('unreadable', 'Không đọc được đầu vào chuẩn.');
  const text = await io.readStdin();
  if (text.trim() === '') throw new KhungInputError('empty', 'Đầu vào chuẩn không có nội dung.');
  return documentFromPlainText(text, 'đầu vào chuẩn');
}

/**
 * `khung check`: reads, checks and prints the report; exit 1 when errors are found. Every string of
 * the report comes from the document or the outline, so each is escaped before it meets a terminal.
 */
export async function checkCommand(
  args: CheckArgs,
  io: CheckIo,
  outlines: readonly Outline[],
): Promise<number> {
  const doc = await readInput(args, io);
  const result = checkDocument(doc, { outline: args.outline, outlines });
  const report = toReport(args.file, doc, result);
  io.out(
    args.format === 'json'
      ? `${jsonForTerminal(JSON.stringify(report, null, 2))}\n`
      : formatText(visibleDeep(report), colors(io.color)),
  );
  return result.counts.error > 0 ? 1 : 0;
}
