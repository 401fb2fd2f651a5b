import { contentScriptFiles } from '../shared/ensure-content.ts';
import { libraryOnlyOrigin } from '../shared/org-library/org-store.ts';

// Sites the user granted at runtime (optional_host_permissions, asked by ensure-content.ts) get the
// content script on every later visit too, through one dynamic registration kept in step with the
// granted origins. docs.google.com and the e2e test hosts are in the manifest already.

const SCRIPT_ID = 'khung-granted-sites';

/**
 * The granted origins that are not in the manifest's host_permissions, less the organisation
 * library's site when it was granted for the library alone (Khung reads a file there, nothing more).
 */
export async function grantedOrigins(): Promise<string[]> {
  const fixed = new Set(chrome.runtime.getManifest().host_permissions ?? []);
  const libraryOnly = await libraryOnlyOrigin(chrome.storage.local).catch(() => null);
  if (libraryOnly) fixed.add(libraryOnly);
  const all = await chrome.permissions.getAll();
  return (all.origins ?? []).filter((o) => !fixed.has(o)).sort();
}

/** Re-registers the content script on exactly the granted origins; resolves them. */
export async function syncGrantedSites(): Promise<string[]> {
  const origins = await grantedOrigins();
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const js = contentScriptFiles();
  if (origins.length > 0 && js.length > 0) {
    await chrome.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: origins,
        js,
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}
