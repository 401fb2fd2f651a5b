import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { parseOutlineJson } from '../shared/core/outline/parse-outline.ts';
import { KhungInputError } from './errors.ts';
import { limitBytes, overLimit } from './limits.ts';
import { packageRoot } from './package-root.ts';
import { builtInOutline, outlineFiles } from './shipped-outlines.ts';

/** Some outline files of a folder, read and validated, and the messages of those that failed. */
export function loadOutlineFiles(
  dir: string,
  files: readonly string[],
): { outlines: Outline[]; errors: string[] } {
  const outlines: Outline[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const result = parseOutlineJson(readFileSync(join(dir, file), 'utf8'), file);
    if (result.ok) outlines.push(result.outline);
    else errors.push(...result.errors);
  }
  return { outlines, errors };
}

/** The outlines in outlines/, read and validated now, and the messages of any file that failed validation. */
export function loadBuiltInOutlines(dir = join(packageRoot(), 'outlines')): {
  outlines: Outline[];
  errors: string[];
} {
  return loadOutlineFiles(dir, outlineFiles(dir));
}

/** An outline named by id (built in) or by the path of a JSON file (one the user derived). */
export function resolveOutline(ref: string, builtIn: readonly Outline[]): Outline {
  if (!ref.endsWith('.json')) return builtInOutline(ref, builtIn);
  let text: string;
  try {
    const size = statSync(ref).size;
    if (size > limitBytes('outlineFile')) throw overLimit('outlineFile', size, basename(ref));
    text = readFileSync(ref, 'utf8');
  } catch (error) {
    if (error instanceof KhungInputError) throw error;
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
