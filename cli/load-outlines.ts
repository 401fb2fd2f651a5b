import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { parseOutlineJson } from '../shared/core/outline/parse-outline.ts';
import { KhungInputError } from './errors.ts';
import { packageRoot } from './package-root.ts';

/** The outlines shipped in outlines/, and the messages of any file that failed validation. */
export function loadBuiltInOutlines(dir = join(packageRoot(), 'outlines')): {
  outlines: Outline[];
  errors: string[];
} {
  const outlines: Outline[] = [];
  const errors: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()) {
    const result = parseOutlineJson(readFileSync(join(dir, file), 'utf8'), file);
    if (result.ok) outlines.push(result.outline);
    else errors.push(...result.errors);
  }
  return { outlines, errors };
}

/** An outline named by id (built in) or by the path of a JSON file (one the user derived). */
export function resolveOutline(ref: string, builtIn: readonly Outline[]): Outline {
  if (ref.endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(ref, 'utf8');
    } catch {
      throw new KhungInputError('not-found', `Không đọc được tệp đề cương: ${ref}`);
    }
    const result = parseOutlineJson(text, basename(ref));
    if (!result.ok)
      throw new KhungInputError(
        'corrupt',
        `Tệp đề cương không hợp lệ — ${result.errors.slice(0, 3).join('; ')}`,
      );
    return result.outline;
  }
  const found = builtIn.find((o) => o.id === ref);
  if (!found) {
    throw new KhungInputError(
      'unsupported-type',
      `Không có đề cương “${ref}”. Xem danh sách bằng: khung outlines`,
    );
  }
  return found;
}
