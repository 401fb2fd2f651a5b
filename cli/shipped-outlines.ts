import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Outline } from '../shared/core/outline/outline-schema.ts';
import { EMBEDDED_OUTLINES } from './embedded-outlines.ts';
import { KhungInputError } from './errors.ts';
import { packageRoot } from './package-root.ts';

/** The outline files of a folder, in name order. */
export function outlineFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort();
}

/**
 * The built-in outlines and the messages of any file that failed validation. From the build: the
 * outlines validated then, plus any file added to outlines/ since (validated now, as from source).
 * The zod-validating loader is imported only when some file needs it, which a build never does at start.
 */
export async function shippedOutlines(
  dir = join(packageRoot(), 'outlines'),
): Promise<{ outlines: Outline[]; errors: string[] }> {
  const built = EMBEDDED_OUTLINES;
  if (!built) return (await import('./load-outlines.ts')).loadBuiltInOutlines(dir);
  const files = outlineFiles(dir);
  const added = files.filter((f) => !Object.hasOwn(built, f));
  const fresh = added.length
    ? (await import('./load-outlines.ts')).loadOutlineFiles(dir, added)
    : { outlines: [], errors: [] };
  const outlines = files.flatMap((f) => built[f] ?? fresh.outlines.filter((o) => `${o.id}.json` === f));
  return { outlines, errors: fresh.errors };
}

/** A built-in outline by id; the error names the command that lists them. */
export function builtInOutline(ref: string, builtIn: readonly Outline[]): Outline {
  const found = builtIn.find((o) => o.id === ref);
  if (!found)
    throw new KhungInputError(
      'unsupported-type',
      `Không có đề cương “${ref}”. Xem danh sách bằng: khung outlines`,
    );
  return found;
}

/** An outline named by id (built in) or by the path of a JSON file; zod is loaded only for a file. */
export async function outlineByRef(ref: string, builtIn: readonly Outline[]): Promise<Outline> {
  if (!ref.endsWith('.json')) return builtInOutline(ref, builtIn);
  return (await import('./load-outlines.ts')).resolveOutline(ref, builtIn);
}
