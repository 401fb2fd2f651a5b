import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { loadBuiltInOutlines } from './load-outlines.ts';
import { outlineFiles } from './shipped-outlines.ts';

/**
 * For the CLI's build: every outline of the folder validated by the zod schema, by file name; a
 * file that fails stops the build with its messages, so a shipped outline is always a valid one.
 */
export function validatedOutlines(dir: string): Record<string, Outline> {
  const { outlines, errors } = loadBuiltInOutlines(dir);
  if (errors.length > 0)
    throw new Error(`Đề cương không hợp lệ, không dựng được khung:\n${errors.join('\n')}`);
  const byFile: Record<string, Outline> = {};
  for (const file of outlineFiles(dir)) {
    const outline = outlines.find((o) => `${o.id}.json` === file);
    if (outline) byFile[file] = outline;
  }
  return byFile;
}
