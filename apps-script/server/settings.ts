import * as z from 'zod/mini';
import { userProperties } from './gas-api.ts';

const PARAMS_KEY = 'khung.params';
const OUTLINE_KEY = 'khung.outlineId';
const VIEW_KEY = 'khung.startView';

/** Parameters as the sidebar form sends them: names to strings, nothing else. */
export const Params = z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(500)));

/** The parameters the user filled last time (remembered per user). */
export function loadParams(): Record<string, string> {
  try {
    const parsed = Params.safeParse(JSON.parse(userProperties().getProperty(PARAMS_KEY) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Remembers the parameters (the date is not remembered: it defaults to today every time). */
export function saveParams(params: Record<string, string>): void {
  const { ngay: _today, ...rest } = params;
  userProperties().setProperty(PARAMS_KEY, JSON.stringify(rest));
}

/** The outline the user chose last (or 'auto'). */
export function loadOutlineId(): string {
  return userProperties().getProperty(OUTLINE_KEY) ?? 'auto';
}

/** Remembers the outline choice (the live checklist polls with it). */
export function saveOutlineId(id: string): void {
  userProperties().setProperty(OUTLINE_KEY, id);
}

/** Which part of the sidebar the menu item asked for; read once. */
export function takeStartView(): 'insert' | 'check' | undefined {
  const props = userProperties();
  const view = props.getProperty(VIEW_KEY);
  if (view) props.deleteProperty(VIEW_KEY);
  return view === 'insert' || view === 'check' ? view : undefined;
}

/** Asks the next khungInit to open a given part of the sidebar. */
export function setStartView(view: 'insert' | 'check' | null): void {
  if (view) userProperties().setProperty(VIEW_KEY, view);
  else userProperties().deleteProperty(VIEW_KEY);
}
