import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DocModel } from '../shared/core/document/doc-model.ts';
import { analyzeDocument } from '../shared/core/headings/analyze-document.ts';
import { deriveOutline } from '../shared/core/outline/derive-outline.ts';
import { skeletonToMarkdown, skeletonToText } from '../shared/core/outline/format-skeleton.ts';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../shared/core/outline/render-skeleton.ts';
import { checkDocument } from '../shared/core/rules/check-document.ts';
import { KhungInputError } from './errors.ts';
import { colors, formatText } from './format-text.ts';
import { GDOC_PREFIX, readGoogleTarget } from './google/read-google-target.ts';
import { loadBuiltInOutlines, resolveOutline } from './load-outlines.ts';
import { packageVersion } from './package-root.ts';
import { documentFromPlainText, readDocument } from './read-document.ts';
import { toReport } from './report-model.ts';
import { reviewCommand } from './review/review-command.ts';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** stderr is a terminal (khung review draws its progress bar there). */
  errTty?: boolean;
  /** The whole of standard input, for `khung check -`. */
  readStdin?: () => Promise<string>;
}

const HELP = `khung — kiểm tra và dựng đề cương văn bản Công đoàn

Cách dùng:
  khung check <tệp>|- [--outline <id>|<tệp.json>|auto] [--format text|json]
      Kiểm tra .docx, .txt, .md, .html (“-”: đọc văn bản từ đầu vào chuẩn, ví dụ
      “khung skeleton <id> | khung check -”). Mã thoát 1 khi có lỗi, 2 khi không đọc được đầu vào.
  khung check gdoc:<mã hoặc đường dẫn Google Docs> [--outline …] [--format …] [đăng nhập]
      Kiểm tra một Google Docs (hoặc .docx trên Drive) qua Google API.
  khung review <mã hoặc đường dẫn thư mục Drive> --outline <id> [--out báo-cáo.html] [--csv tệp.csv]
               [--json tệp.json] [--concurrency 4] [--cache <thư mục>|--no-cache] [đăng nhập]
      Rà soát mọi Google Docs và .docx trong thư mục: bảng tóm tắt, báo cáo HTML, CSV, JSON.
      Mã thoát 0 khi mọi văn bản đạt, 1 khi có văn bản lỗi hoặc không đọc được, 2 khi không chạy được.
  Đăng nhập Google (chỉ quyền đọc): --key <khoá-tài-khoản-dịch-vụ.json> | --client-secret <oauth-client.json>
      | biến GOOGLE_APPLICATION_CREDENTIALS | Application Default Credentials. Xem docs/review.md.
  khung outlines                       Liệt kê các đề cương có sẵn.
  khung skeleton <id>|<tệp.json> [--format md|text] [--param tên=giá trị …]
      In khung văn bản dựng từ đề cương.
  khung derive <tệp> [--id <id>]       Tạo đề cương (JSON) từ một văn bản đề cương nhận được.
  khung --version | --help
`;

const process_io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  errTty: Boolean(process.stderr.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Runs one command line; returns the exit code (0 fine, 1 errors found, 2 bad input or usage). */
export async function main(argv: readonly string[], io: Io = process_io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof KhungInputError) {
      io.err(`khung: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`khung: lỗi không mong đợi (${detail}). Vui lòng báo lỗi kèm tệp đã dùng.\n`);
    if (process.env.KHUNG_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new KhungInputError('unsupported-type', `${argumentProblem(error)}. Xem: khung --help`);
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.version) return write(io, `${packageVersion()}\n`);
  if (values.help || !command) return write(io, HELP);
  if (extra.length > 0)
    throw new KhungInputError('unsupported-type', `thừa tham số: ${extra.join(' ')}. Xem: khung --help`);
  const { outlines, errors } = loadBuiltInOutlines();
  for (const e of errors) io.err(`khung: bỏ qua đề cương hỏng — ${e}\n`);

  switch (command) {
    case 'outlines': {
      const width = Math.max(...outlines.map((o) => o.id.length));
      return write(io, outlines.map((o) => `${o.id.padEnd(width)}  ${o.title}\n`).join(''));
    }
    case 'skeleton': {
      const outline = resolveOutline(need(target, 'skeleton', '<id>'), outlines);
      const format = choose(values.format ?? 'md', ['md', 'text'], '--format');
      const blocks = renderSkeleton(outline, params(values.param ?? [], outline));
      return write(io, format === 'md' ? skeletonToMarkdown(blocks) : skeletonToText(blocks));
    }
    case 'derive': {
      const file = need(target, 'derive', '<tệp>');
      const doc = await readDocument(file);
      const outline = deriveOutline(analyzeDocument(doc), doc.meta.name ?? file);
      if (values.id) outline.id = values.id;
      return write(io, `${JSON.stringify({ $schema: './outline.schema.json', ...outline }, null, 2)}\n`);
    }
    case 'check': {
      const file = need(target, 'check', '<tệp>');
      const format = choose(values.format ?? 'text', ['text', 'json'], '--format');
      const ref = values.outline ?? 'auto';
      const outline = ref === 'auto' ? 'auto' : resolveOutline(ref, outlines);
      const doc = file.startsWith(GDOC_PREFIX)
        ? (await readGoogleTarget(file, googleAuth(values, io))).doc
        : file === '-'
          ? await readStdinDocument(io)
          : await readDocument(file);
      const result = checkDocument(doc, { outline, outlines });
      const report = toReport(file, doc, result);
      io.out(
        format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, colors(io.color)),
      );
      return result.counts.error > 0 ? 1 : 0;
    }
    case 'review':
      return reviewCommand(
        {
          target,
          outline: values.outline,
          out: values.out,
          csv: values.csv,
          json: values.json,
          concurrency: values.concurrency,
          cache: values.cache,
          noCache: values['no-cache'],
          key: values.key,
          clientSecret: values['client-secret'],
        },
        io,
        outlines,
      );
    default:
      throw new KhungInputError('unsupported-type', `không có lệnh “${command}”. Xem: khung --help`);
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      outline: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      param: { type: 'string', short: 'p', multiple: true },
      id: { type: 'string' },
      out: { type: 'string' },
      csv: { type: 'string' },
      json: { type: 'string' },
      concurrency: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      key: { type: 'string' },
      'client-secret': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

/** What parseArgs objects to, in Vietnamese: its messages are English, so only the option is read from them. */
export function argumentProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const code = (error as { code?: unknown } | null)?.code;
  const long = /--([A-Za-z][\w-]*)/.exec(message)?.[1];
  const quoted = /'(-[^'\s]*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `không có tùy chọn “${quoted ?? long ?? ''}”`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) {
    if (/does not take an argument/.test(message)) return `--${long} không nhận giá trị`;
    // "argument missing", or "ambiguous": the next word starts with "-" and was not taken as the value.
    return `--${long} cần một giá trị ngay sau nó: --${long} <giá trị>`;
  }
  return 'tham số không hợp lệ';
}

/** The Google sign-in options of the command line (check gdoc:…). */
function googleAuth(values: { key?: string | undefined; 'client-secret'?: string | undefined }, io: Io) {
  return {
    key: values.key,
    clientSecret: values['client-secret'],
    note: (t: string) => io.err(`khung: ${t}`),
  };
}

function write(io: Io, text: string): number {
  io.out(text);
  return 0;
}

function need(value: string | undefined, command: string, what: string): string {
  if (!value)
    throw new KhungInputError('unsupported-type', `thiếu ${what}. Cách dùng: khung ${command} ${what}`);
  return value;
}

function choose<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KhungInputError(
    'unsupported-type',
    `${flag} chỉ nhận: ${allowed.join(', ')} (nhận được “${value}”)`,
  );
}

/** The --param pairs, each naming one of the outline's parameters (a typo is an error, not ignored). */
function params(pairs: readonly string[], outline: Outline): Record<string, string> {
  const out: Record<string, string> = {};
  const known = new Set(outline.parameters.map((p) => p.id));
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0)
      throw new KhungInputError('unsupported-type', `--param cần dạng tên=giá trị (nhận được “${pair}”)`);
    const name = pair.slice(0, eq);
    if (!known.has(name))
      throw new KhungInputError(
        'unsupported-type',
        `đề cương “${outline.id}” không có tham số “${name}”; các tham số: ${[...known].join(', ')}`,
      );
    out[name] = pair.slice(eq + 1);
  }
  return out;
}

/** `khung check -`: standard input as text, or as Markdown when it looks like Markdown. */
async function readStdinDocument(io: Io): Promise<DocModel> {
  if (!io.readStdin) throw new KhungInputError('unreadable', 'Không đọc được đầu vào chuẩn.');
  const text = await io.readStdin();
  if (text.trim() === '') throw new KhungInputError('empty', 'Đầu vào chuẩn không có nội dung.');
  return documentFromPlainText(text, 'đầu vào chuẩn');
}

// Run directly (`npx tsx cli/main.ts check …`), it runs the command; bin/khung.js imports the build.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
