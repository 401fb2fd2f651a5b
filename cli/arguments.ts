import { parseArgs } from 'node:util';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { KhungInputError } from './errors.ts';

/** The command line's options, parsed strictly (an unknown option is an error). */
export function parse(argv: readonly string[]) {
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

/** A required positional argument, or the usage line of the command. */
export function need(value: string | undefined, command: string, what: string): string {
  if (!value)
    throw new KhungInputError('unsupported-type', `thiếu ${what}. Cách dùng: khung ${command} ${what}`);
  return value;
}

/** One of the allowed values of an option, or a message listing them. */
export function choose<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KhungInputError(
    'unsupported-type',
    `${flag} chỉ nhận: ${allowed.join(', ')} (nhận được “${value}”)`,
  );
}

/** The --param pairs, each naming one of the outline's parameters (a typo is an error, not ignored). */
export function params(pairs: readonly string[], outline: Outline): Record<string, string> {
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
