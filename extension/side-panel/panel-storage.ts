import { z } from 'zod/mini';
import { unitParameters } from '../../shared/core/outline/remembered-parameters.ts';

// Small panel state in chrome.storage.local (a device setting, not the synced library): the
// recently used snippet ids, the outline parameters last filled, the outline last chosen.

const RECENT_KEY = 'khung.recentSnippets';
const PARAMS_KEY = 'khung.outlineParams';
const OUTLINE_KEY = 'khung.panelOutline';
/** How many recent snippets are kept: enough for the "Dùng gần đây" group and the ranking. */
const RECENT_LIMIT = 12;

const Ids = z.array(z.string());
const Params = z.record(z.string(), z.string());

async function read<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): Promise<T> {
  try {
    const stored = await chrome.storage.local.get(key);
    const parsed = schema.safeParse(stored[key]);
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

async function write(key: string, value: unknown): Promise<void> {
  try {
    await chrome.storage.local.set({ [key]: value });
  } catch {
    // Storage full or unavailable: remembering is a convenience, never worth an error message.
  }
}

/** The recently used snippet ids, most recent first. */
export const loadRecent = (): Promise<string[]> => read(RECENT_KEY, Ids, []);

/** Puts `id` first in the recent list and returns the new list. */
export async function rememberRecent(id: string): Promise<string[]> {
  const next = [id, ...(await loadRecent()).filter((x) => x !== id)].slice(0, RECENT_LIMIT);
  await write(RECENT_KEY, next);
  return next;
}

/**
 * The unit's parameters the user filled last time (đơn vị, cấp trên, địa danh, người ký, chức vụ):
 * a number, date or year stored by an earlier version is not offered again.
 */
export const loadParams = async (): Promise<Record<string, string>> =>
  unitParameters(await read(PARAMS_KEY, Params, {}));

/** Remembers what belongs to the unit, never the document's own number, date or year. */
export const saveParams = (params: Record<string, string>): Promise<void> =>
  write(PARAMS_KEY, unitParameters(params));

/** The outline chosen last time ('auto' or an id). */
export const loadOutlineChoice = (): Promise<string> => read(OUTLINE_KEY, z.string(), 'auto');

/** Remembers the outline choice. */
export const saveOutlineChoice = (id: string): Promise<void> => write(OUTLINE_KEY, id);
