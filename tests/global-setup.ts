import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * Builds what the browser tests load, once per `vitest run`: the e2e extension (dist/extension-e2e)
 * and the add-on (dist/apps-script). KHUNG_SKIP_BUILD=1 reuses the last build while iterating.
 */
export default async function setup(): Promise<void> {
  if (process.env.KHUNG_SKIP_BUILD === '1') return;
  // NODE_ENV=production: vitest sets NODE_ENV=test, which vite would carry into these builds (other
  // package conditions, development-only code); the tests must measure and run what ships.
  const configs: Array<[string, Record<string, string>]> = [
    ['vite.config.ts', { KHUNG_E2E: '1', NODE_ENV: 'production' }],
    ['apps-script/vite.server.config.ts', { NODE_ENV: 'production' }],
    ['apps-script/vite.sidebar.config.ts', { NODE_ENV: 'production' }],
    ['tests/e2e/editors/vite.config.ts', {}],
  ];
  for (const [config, env] of configs) {
    const file = resolve(root, config);
    if (!existsSync(file)) continue;
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      await build({ configFile: file, logLevel: 'warn' });
    } finally {
      for (const key of Object.keys(env)) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  }
}
