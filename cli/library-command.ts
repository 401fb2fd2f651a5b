import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectLibraryItems, type LibrarySourceFile } from '../shared/core/library/collect-library-items.ts';
import { makeOrgLibrary } from '../shared/core/library/make-org-library.ts';
import type { OrgLibrary } from '../shared/core/library/org-library-schema.ts';
import { nextVersion } from '../shared/core/library/org-version.ts';
import { readOrgLibrary } from '../shared/core/library/parse-org-library.ts';
import { slug } from '../shared/core/outline/derive-outline.ts';
import { KhungInputError } from './errors.ts';
import { COMMAND_HELP } from './help.ts';
import { limitBytes, overLimit } from './limits.ts';
import { argumentProblem, type Io } from './main.ts';
import { shippedOutlines } from './shipped-outlines.ts';
import { visibleControls } from './terminal-safe.ts';

// `khung library build <folder>`: the federation's clerk turns a folder of outlines (made with
// `khung derive`, or copied from outlines/) and snippet files into the organisation library every
// officer's Khung reads — checked by the same parser, so a file this writes is a file Khung accepts.
// Exit 0 written (or unchanged), 2 when anything in the folder is wrong: then nothing is written.

const usage = (problem: string) =>
  new KhungInputError('unsupported-type', `${problem}. Xem: khung library --help`);

/** The .json files under `dir` (sub-folders too), as paths relative to it, in name order. */
function jsonFiles(dir: string, skip: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .filter((f) => !f.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules'))
    .filter((f) => resolve(dir, f) !== skip && statSync(join(dir, f)).isFile())
    .sort();
}

/**
 * Reads the folder's files, each within the outline-file limit (a real one is a few dozen kB), named
 * as the clerk would type them: the folder as given, then the file's path inside it.
 */
function readFolder(dir: string, out: string): LibrarySourceFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new KhungInputError('not-found', `không tìm thấy thư mục “${dir}”`);
  const max = limitBytes('outlineFile');
  return jsonFiles(resolve(dir), out).map((f) => {
    const path = join(dir, f);
    const size = statSync(path).size;
    if (size > max) throw overLimit('outlineFile', size, path);
    return { name: path, text: readFileSync(path, 'utf8') };
  });
}

/** The library already at `out` (the previous build), or null; refuses to overwrite anything else. */
function previous(out: string): OrgLibrary | null {
  if (!existsSync(out)) return null;
  const read = readOrgLibrary(readFileSync(out, 'utf8'));
  if (read.ok) return read.library;
  throw new KhungInputError(
    'unsupported-type',
    `tệp “${out}” đã có và không phải thư viện của tổ chức nên Khung không ghi đè; hãy chọn tên tệp khác cho --out`,
  );
}

type Items = Pick<OrgLibrary, 'outlines' | 'snippets'>;
/** The items as the library holds them (outlines without their `$schema` pointer), for comparing builds. */
const itemsText = ({ outlines, snippets }: Items) =>
  JSON.stringify([outlines.map(({ $schema: _s, ...o }) => o), snippets]);

/** Runs `khung library …`; returns the exit code. */
export async function libraryCommand(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usage(argumentProblem(error));
  }
  const { values, positionals } = parsed;
  const [action, folder, ...extra] = positionals;
  if (values.help || action === undefined) {
    io.out(COMMAND_HELP.library);
    return 0;
  }
  if (action !== 'build') throw usage(`không có lệnh “khung library ${action}”`);
  if (!folder) throw usage('thiếu <thư mục>');
  if (extra.length > 0) throw usage(`thừa tham số: ${extra.join(' ')}`);
  if (!values.out) throw usage('thiếu --out <tệp.json>, nơi ghi thư viện');
  const out = resolve(values.out);
  const before = previous(out);
  const files = readFolder(folder, out);
  const reserved = (await shippedOutlines()).outlines.map((o) => o.id);
  const items = collectLibraryItems(files, reserved);
  if (!items.ok) return refuse(io, items.errors);

  const name = values.name ?? before?.name;
  if (!name) throw usage('lần dựng đầu tiên cần tên tổ chức: --name "LĐLĐ tỉnh …"');
  const unchanged = before !== null && values.version === undefined && itemsText(before) === itemsText(items);
  if (unchanged && (values.name ?? before.name) === before.name && (values.id ?? before.id) === before.id) {
    io.out(
      `Thư viện “${visibleControls(before.name)}” không đổi: vẫn phiên bản ${before.version}, tệp giữ nguyên.\n`,
    );
    return 0;
  }
  const version = values.version ?? (before ? nextVersion(before.version) : '1');
  const id = values.id ?? before?.id ?? slug(name, 60);
  const made = makeOrgLibrary({ name, id, version }, items, new Date().toISOString());
  if (!made.ok) return refuse(io, made.errors);

  const temp = `${out}.${process.pid}.tmp`;
  writeFileSync(temp, made.text);
  renameSync(temp, out);
  const hash = createHash('sha256').update(made.text).digest('hex');
  const { library } = made;
  io.out(
    `Đã ghi thư viện “${visibleControls(library.name)}” (mã ${library.id}), phiên bản ${library.version}: ` +
      `${library.outlines.length} đề cương, ${library.snippets.length} đoạn mẫu → ${visibleControls(values.out)}\n` +
      `SHA-256: ${hash}\n`,
  );
  return 0;
}

/** Every problem on its own line (file and place first), then one line saying nothing was written. */
function refuse(io: Io, errors: readonly string[]): number {
  for (const e of errors) io.err(`khung: ${visibleControls(e)}\n`);
  io.err(`khung: thư viện chưa được ghi (${errors.length} lỗi).\n`);
  return 2;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      id: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
