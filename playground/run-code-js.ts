import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { createFakeGoogle, type FakeGoogle } from './document-app/index.ts';

/** Where `npm run build:addon` writes the add-on. */
export const ADDON_DIR = resolve(import.meta.dirname, '../dist/apps-script');

/** A file of the built add-on, or an error saying how to build it. */
export function builtFile(name: string): string {
  const path = resolve(ADDON_DIR, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:addon\` first.`);
  return readFileSync(path, 'utf8');
}

/**
 * The built Code.js running in a bare vm context, as Apps Script runs it: only the Apps Script
 * globals (the fake's DocumentApp, PropertiesService, HtmlService) and console; no process,
 * require, window or timers. Arguments and results cross as JSON, as google.script.run sends them.
 */
export class CodeJs {
  readonly context: vm.Context;
  readonly logs: unknown[][] = [];

  constructor(
    readonly fake: FakeGoogle,
    code = builtFile('Code.js'),
  ) {
    const console = {
      log: (...a: unknown[]) => this.logs.push(a),
      error: (...a: unknown[]) => this.logs.push(a),
      warn: (...a: unknown[]) => this.logs.push(a),
      info: () => {},
    };
    this.context = vm.createContext({ ...fake.globals(), console });
    vm.runInContext(code, this.context, { filename: 'Code.js' });
  }

  /** Calls a top-level function of Code.js the way google.script.run does. */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    const script = `(function () { var r = ${name}.apply(null, JSON.parse(${JSON.stringify(JSON.stringify(args))})); return r === undefined ? 'null' : JSON.stringify(r); })()`;
    return JSON.parse(vm.runInContext(script, this.context) as string) as T;
  }
}

/** A fake Google environment holding the built add-on's HTML files (Sidebar, KhungOutlines). */
export function fakeWithAddon(options: { name?: string; tabs?: readonly string[] } = {}): FakeGoogle {
  const html: Record<string, string> = { KhungOutlines: builtFile('KhungOutlines.html') };
  html.Sidebar = existsSync(resolve(ADDON_DIR, 'Sidebar.html')) ? builtFile('Sidebar.html') : '<p>Khung</p>';
  return createFakeGoogle({ ...options, html });
}
