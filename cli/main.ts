import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argumentProblem, choose, need, params, parse } from './arguments.ts';
import { KhungInputError } from './errors.ts';
import { COMMAND_HELP, globalHelp, isCommand, skeletonHelp } from './help.ts';
import { limitBytes, overLimit } from './limits.ts';
import { packageVersion } from './package-root.ts';
import { outlineByRef, shippedOutlines } from './shipped-outlines.ts';
import { jsonForTerminal, terminalText, visibleControls } from './terminal-safe.ts';

export { argumentProblem } from './arguments.ts';

/** Where the CLI writes; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: boolean;
  /** stderr is a terminal (khung review draws its progress bar there). */
  errTty?: boolean;
  /** The whole of standard input as text, for `khung check -`. */
  readStdin?: () => Promise<string>;
}

/** Standard input, refused past the text-file limit, decoded like a .txt file. */
async function readProcessStdin(): Promise<string> {
  const max = limitBytes('textFile');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > max) throw overLimit('textFile', size, 'đầu vào chuẩn');
    chunks.push(chunk as Buffer);
  }
  const { decodeTextFile } = await import('./text-encoding.ts');
  const decoded = decodeTextFile(Buffer.concat(chunks), 'đầu vào chuẩn');
  if (decoded.note) process.stderr.write(`khung: ${visibleControls(decoded.note)}\n`);
  return decoded.text;
}

const process_io: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  errTty: Boolean(process.stderr.isTTY),
  readStdin: readProcessStdin,
};

/** Runs one command line; returns the exit code (0 fine, 1 errors found, 2 bad input or usage). */
export async function main(argv: readonly string[], io: Io = process_io): Promise<number> {
  // The last guard: whatever reaches the terminal carries no control character but Khung's own colours.
  const safe: Io = { ...io, out: (t) => io.out(terminalText(t)), err: (t) => io.err(terminalText(t)) };
  try {
    return await run(argv, safe);
  } catch (error) {
    if (error instanceof KhungInputError) {
      safe.err(`khung: ${visibleControls(error.message)}\n`);
      return 2;
    }
    const detail = visibleControls(error instanceof Error ? error.message : String(error));
    safe.err(`khung: lỗi không mong đợi (${detail}). Vui lòng báo lỗi kèm tệp đã dùng.\n`);
    if (process.env.KHUNG_DEBUG && error instanceof Error) safe.err(`${error.stack}\n`);
    return 2;
  }
}

const unknownCommand = (command: string) =>
  new KhungInputError('unsupported-type', `không có lệnh “${command}”. Xem: khung --help`);

/** `khung <command> --help`, `khung help <command>`, and a skeleton's own parameters. */
async function help(command: string | undefined, target: string | undefined): Promise<string> {
  if (!command) return globalHelp();
  if (!isCommand(command)) throw unknownCommand(command);
  if (command === 'skeleton' && target) {
    const { outlines } = await shippedOutlines();
    return skeletonHelp(await outlineByRef(target, outlines));
  }
  return COMMAND_HELP[command];
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  // `library` has options of its own (--version is its library's version there): it parses them itself.
  if (argv[0] === 'library') return (await import('./library-command.ts')).libraryCommand(argv.slice(1), io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new KhungInputError('unsupported-type', `${argumentProblem(error)}. Xem: khung --help`);
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.version) return write(io, `${packageVersion()}\n`);
  if (command === 'help') return write(io, await help(target, extra[0]));
  if (values.help || !command) return write(io, await help(command, target));
  if (!isCommand(command)) throw unknownCommand(command);
  if (extra.length > 0)
    throw new KhungInputError(
      'unsupported-type',
      `thừa tham số: ${extra.join(' ')}. Xem: khung ${command} --help`,
    );
  const { outlines, errors } = await shippedOutlines();
  for (const e of errors) io.err(`khung: bỏ qua đề cương hỏng — ${visibleControls(e)}\n`);

  switch (command) {
    case 'outlines': {
      const width = Math.max(...outlines.map((o) => o.id.length));
      return write(io, visibleControls(outlines.map((o) => `${o.id.padEnd(width)}  ${o.title}\n`).join('')));
    }
    case 'skeleton': {
      const [{ renderSkeleton }, { SKELETON_FORMATS, skeletonFormatFor, writeSkeleton }] = await Promise.all([
        import('../shared/core/outline/render-skeleton.ts'),
        import('./write-skeleton.ts'),
      ]);
      const outline = await outlineByRef(need(target, 'skeleton', '<id>'), outlines);
      const format = choose(values.format ?? skeletonFormatFor(values.out), SKELETON_FORMATS, '--format');
      const blocks = renderSkeleton(outline, params(values.param ?? [], outline));
      return writeSkeleton(blocks, format, values.out, outline.title, strict(io));
    }
    case 'derive': {
      const [{ readDocument }, { analyzeDocument }, { deriveOutline }] = await Promise.all([
        import('./read-document.ts'),
        import('../shared/core/headings/analyze-document.ts'),
        import('../shared/core/outline/derive-outline.ts'),
      ]);
      const file = need(target, 'derive', '<tệp>');
      const doc = await readDocument(file, { note: (t) => io.err(`khung: ${visibleControls(t)}\n`) });
      const outline = deriveOutline(analyzeDocument(doc), doc.meta.name ?? file);
      if (values.id) outline.id = values.id;
      const json = JSON.stringify({ $schema: './outline.schema.json', ...outline }, null, 2);
      return write(io, `${jsonForTerminal(json)}\n`);
    }
    case 'check': {
      const { checkCommand } = await import('./check-command.ts');
      const file = need(target, 'check', '<tệp>');
      const format = choose(values.format ?? 'text', ['text', 'json'], '--format');
      const ref = values.outline ?? 'auto';
      const outline = ref === 'auto' ? 'auto' : await outlineByRef(ref, outlines);
      const auth = { key: values.key, clientSecret: values['client-secret'] };
      return checkCommand({ file, format, outline, ...auth }, io, outlines);
    }
    case 'library': // answered above, before the shared options were parsed
      return (await import('./library-command.ts')).libraryCommand(
        argv.slice(argv.indexOf('library') + 1),
        io,
      );
    case 'review': {
      const { reviewCommand } = await import('./review/review-command.ts');
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
    }
  }
}

/** An Io for output with no colour of Khung's own (a skeleton): every control character is escaped. */
function strict(io: Io): Io {
  return { ...io, out: (t) => io.out(visibleControls(t)), err: (t) => io.err(visibleControls(t)) };
}

function write(io: Io, text: string): number {
  io.out(text);
  return 0;
}

/** Resolves once the stream has written everything given to it before (or has failed). */
const flushed = (stream: NodeJS.WritableStream) =>
  new Promise<void>((done) => {
    stream.write('', () => done());
  });

/**
 * The command line of this process, run; the process ends as soon as stdout and stderr have written
 * the output. Left to end by itself, Node first takes down the whole heap the check built (≈ 3–4 % of
 * the CPU of a 5 MB report); nothing of a command is still running once main has answered.
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  const code = await main(argv);
  process.exitCode = code;
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

// Run directly (`npx tsx cli/main.ts check …`), it runs the command; bin/khung.js imports the build.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  runProcess(process.argv.slice(2));
