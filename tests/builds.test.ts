import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, createLogger, type InlineConfig } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Every build prints no warning: a warning printed on each build is soon read by nobody, and the one
// that matters is missed. Each host's config is built as `npm run build…` builds it, but into a
// temporary folder (or not written at all), so no other test's dist/ is touched.

const root = resolve(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'khung-builds-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** What a build printed at the warning level or above, through vite's logger or straight to the console. */
async function warningsOf(config: InlineConfig): Promise<string[]> {
  const printed: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void printed.push(message);
  logger.warnOnce = logger.warn;
  logger.error = (message) => void printed.push(message);
  // The content scripts' IIFE builds (@crxjs) run a build of their own, with vite's default logger,
  // and Rolldown warns about some options through a logger of its own, straight to the terminal.
  const warning = /warn|error|deprecat|ignored/i;
  const spies = [
    ...(['warn', 'error', 'log', 'info'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        const line = args.map(String).join(' ');
        if (warning.test(line)) printed.push(line);
      }),
    ),
    ...[process.stdout, process.stderr].map((stream) => {
      const write = stream.write.bind(stream);
      return vi.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        if (warning.test(String(chunk))) printed.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      });
    }),
  ];
  try {
    await build({ ...config, customLogger: logger, logLevel: 'warn' });
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed;
}

const production = { NODE_ENV: 'production' };

describe('the builds print no warnings', () => {
  it.each([
    ['the extension (vite.config.ts)', 'vite.config.ts', { build: { outDir: join(temp, 'extension') } }],
    ['the add-on server', 'apps-script/vite.server.config.ts', { build: { write: false } }],
    ['the add-on sidebar', 'apps-script/vite.sidebar.config.ts', { build: { write: false } }],
    ['the command line', 'cli/vite.config.ts', { build: { write: false } }],
  ] as Array<[string, string, InlineConfig]>)(
    '%s',
    async (_name, file, config) => {
      const saved = process.env.NODE_ENV;
      Object.assign(process.env, production);
      try {
        expect(await warningsOf({ ...config, configFile: resolve(root, file) })).toEqual([]);
      } finally {
        process.env.NODE_ENV = saved;
      }
    },
    180_000,
  );
});
