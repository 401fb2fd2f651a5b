import { readFileSync } from 'node:fs';
import { defineManifest } from '@crxjs/vite-plugin';

/** KHUNG_E2E=1 builds the test variant: local test pages granted at install (dist/extension-e2e). */
const e2e = process.env.KHUNG_E2E === '1';
const testHosts = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The release version: package.json's, so the store zip, the CLI and the manifest never disagree. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** Toolbar and store icons (extension/public/icons, drawn once from the panel's "K" logo). */
const ICONS = {
  '16': 'icons/khung-16.png',
  '32': 'icons/khung-32.png',
  '48': 'icons/khung-48.png',
  '128': 'icons/khung-128.png',
};

/** The content script entry; built as one self-contained file (vite.config.ts) so it can be injected anywhere. */
export const CONTENT_ENTRY = 'extension/content/index.ts';
/** The Google Docs bridge: a second content script, loaded only on Docs documents (and e2e fixture pages). */
export const DOCS_ENTRY = 'extension/content/gdocs/main.ts';

// Least privilege: no "tabs", no install-time all-sites access. Google Docs is granted
// for the Docs bridge; any other site is asked for once, when the user first uses Khung there
// (optional_host_permissions + chrome.permissions.request in extension/shared/ensure-content.ts).
export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  short_name: 'Khung',
  description: '__MSG_extDescription__',
  default_locale: 'vi',
  version: VERSION,
  minimum_chrome_version: '116',
  icons: ICONS,
  // alarms: the organisation library's daily refresh (extension/background/org-worker.ts).
  permissions: ['sidePanel', 'storage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
  // What IT staff may push by policy: the organisation library, or its address (docs/trien-khai.md).
  storage: { managed_schema: 'managed-schema.json' },
  // Docs, and the content domain its export may redirect to (a document's download lands on a
  // doc-…-docstext.googleusercontent.com host); match patterns cannot name that host more narrowly.
  host_permissions: [
    'https://docs.google.com/*',
    'https://*.googleusercontent.com/*',
    ...(e2e ? testHosts : []),
  ],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  side_panel: { default_path: 'extension/side-panel/index.html' },
  options_ui: { page: 'extension/options/index.html', open_in_tab: true },
  action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
  commands: {
    _execute_action: {
      suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
      description: '__MSG_commandOpenPanel__',
    },
  },
  background: { service_worker: 'extension/background/index.ts', type: 'module' },
  content_scripts: [
    {
      matches: ['https://docs.google.com/*', ...(e2e ? testHosts : [])],
      js: [CONTENT_ENTRY],
      // Docs documents get the Docs bridge instead (below): the editor engine has nothing to work on
      // there, and two scripts answering one message would insert twice. The e2e build's Docs fixture
      // pages (?gdocs-fixture, see content/gdocs/docs-page.ts) are excluded the same way.
      exclude_matches: ['https://docs.google.com/document/*'],
      ...(e2e ? { exclude_globs: ['*gdocs-fixture*'] } : {}),
      all_frames: true,
      match_about_blank: true,
      run_at: 'document_idle',
    },
    {
      matches: ['https://docs.google.com/document/*', ...(e2e ? testHosts : [])],
      js: [DOCS_ENTRY],
      run_at: 'document_idle',
    },
  ],
});
