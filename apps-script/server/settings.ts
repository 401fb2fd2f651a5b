import { unitParameters } from '../../shared/core/outline/remembered-parameters.ts';
import { userProperties } from './gas-api.ts';
import { checkSchema } from './schema-check.ts';

const PARAMS_KEY = 'khung.params';
const OUTLINE_KEY = 'khung.outlineId';
const VIEW_KEY = 'khung.startView';

/**
 * Parameters as the sidebar form sends them: names (≤ 40 characters) to strings (≤ 500), nothing
 * else; undefined when the value is anything else. As zod's z.record, a `__proto__` key is dropped.
 */
export function parseParams(value: unknown): Record<string, string> | undefined {
  const checked = checkSchema('formParams', value);
  return checked.success ? checked.data : undefined;
}

/**
 * The unit's parameters the user filled last time (remembered per user): a number, date or year
 * stored by an earlier version is not offered again.
 */
export function loadParams(): Record<string, string> {
  try {
    return unitParameters(parseParams(JSON.parse(userProperties().getProperty(PARAMS_KEY) ?? '{}')) ?? {});
  } catch {
    return {};
  }
}

/**
 * Remembers what belongs to the unit (đơn vị, cấp trên, địa danh, người ký, chức vụ…): never the
 * number, the date or the year, which belong to one document (core: remembered-parameters.ts).
 */
export function saveParams(params: Record<string, string>): void {
  userProperties().setProperty(PARAMS_KEY, JSON.stringify(unitParameters(params)));
}

/** The outline the user chose last (or 'auto'). */
export function loadOutlineId(): string {
  return userProperties().getProperty(OUTLINE_KEY) ?? 'auto';
}

/** Remembers the outline choice (the live checklist polls with it). */
export function saveOutlineId(id: string): void {
  userProperties().setProperty(OUTLINE_KEY, id);
}

/** The parts of the sidebar a menu item can open it on. */
export type StartView = 'insert' | 'check' | 'selftest';

/** Which part of the sidebar the menu item asked for; read once. */
export function takeStartView(): StartView | undefined {
  const props = userProperties();
  const view = props.getProperty(VIEW_KEY);
  if (view) props.deleteProperty(VIEW_KEY);
  return view === 'insert' || view === 'check' || view === 'selftest' ? view : undefined;
}

/** Asks the next khungInit to open a given part of the sidebar. */
export function setStartView(view: StartView | null): void {
  if (view) userProperties().setProperty(VIEW_KEY, view);
  else userProperties().deleteProperty(VIEW_KEY);
}
