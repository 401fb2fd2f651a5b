import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { OutlineSummary } from '../shared/server-api.ts';
import { documentApp, userProperties } from './gas-api.ts';
import { builtInOutlines } from './outlines.ts';
import { activeBody } from './read-document.ts';
import { loadOutlineId, loadParams, takeStartView } from './settings.ts';
import { loadUserOutlines, STORE_LIMIT, storeBytes } from './user-store.ts';

const summary = (o: Outline, user: boolean): OutlineSummary => ({
  id: o.id,
  title: o.title,
  type: o.documentType,
  source: [o.provenance.issuer, o.provenance.number].filter(Boolean).join(', '),
  user,
});

/**
 * khungInit: outlines (built-in, then the user's) as a list and in full for the sidebar's checks,
 * remembered parameters and choice, doc state, storage. The built-in outlines in full (≈140 KB of
 * JSON) go only to a sidebar that does not hold them yet (`userOnly` false): a sidebar re-reads its
 * start data after every insert and every change to the user's outlines, and the built-in ones do
 * not change while it is open.
 */
export function init(userOnly = false) {
  // First, so the menu's request is used up even when a later read fails (the sidebar still offers
  // "Kiểm tra cài đặt" then).
  const startView = takeStartView();
  const user = loadUserOutlines();
  const builtIn = builtInOutlines();
  const outlines = [...builtIn.map((o) => summary(o, false)), ...user.map((o) => summary(o, true))];
  const remembered = loadOutlineId();
  const outlineId = remembered === 'auto' || outlines.some((o) => o.id === remembered) ? remembered : 'auto';
  const docEmpty = activeBody(documentApp().getActiveDocument()).getText().trim() === '';
  return {
    ok: true as const,
    outlines,
    params: loadParams(),
    outlineId,
    docEmpty,
    storage: { used: storeBytes(userProperties().getProperties()), limit: STORE_LIMIT },
    ...(startView ? { startView } : {}),
    library: userOnly ? user : [...builtIn, ...user],
  };
}
