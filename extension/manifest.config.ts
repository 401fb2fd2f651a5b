import { defineManifest } from '@crxjs/vite-plugin';

/** KHUNG_E2E=1 builds the test variant: local test pages granted at install (dist/extension-e2e). */
const e2e = process.env.KHUNG_E2E === '1';
const testHosts = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineManifest({
  manifest_version: 3,
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  default_locale: 'vi',
  version: '0.1.0',
  permissions: ['sidePanel', 'storage', 'activeTab', 'scripting', 'contextMenus'],
  host_permissions: ['https://docs.google.com/*', ...(e2e ? testHosts : [])],
  optional_host_permissions: ['https://*/*', 'http://*/*'],
  side_panel: { default_path: 'extension/side-panel/index.html' },
  options_page: 'extension/options/index.html',
  action: { default_title: '__MSG_actionTitle__' },
  background: { service_worker: 'extension/background/index.ts', type: 'module' },
  content_scripts: [
    {
      matches: ['https://docs.google.com/*', ...(e2e ? testHosts : [])],
      js: ['extension/content/index.ts'],
      all_frames: true,
      run_at: 'document_idle',
    },
  ],
});
