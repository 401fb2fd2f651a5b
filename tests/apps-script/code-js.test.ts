import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { SERVER_FUNCTIONS } from '../../apps-script/shared/server-api.ts';
import { createFakeGoogle } from '../../playground/document-app/index.ts';
import { ADDON_DIR, builtFile, CodeJs } from '../../playground/run-code-js.ts';
import { RULES } from '../../shared/core/rules/registry.ts';
import { SnippetGroup } from '../../shared/core/snippets/snippet-schema.ts';

const code = builtFile('Code.js');
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'showSidebar',
  'showSidebarInsert',
  'showSidebarCheck',
  'showSidebarSelfTest',
  ...SERVER_FUNCTIONS,
];

describe('the built Code.js', () => {
  it('is a plain script whose top-level function declarations are exactly the entry points', () => {
    // ES2019, the build target (apps-script/vite.server.config.ts): nothing newer may slip through.
    const program = parse(code, { ecmaVersion: 2019, sourceType: 'script' });
    const functions = program.body.flatMap((node) =>
      node.type === 'FunctionDeclaration' && node.id ? [node.id.name] : [],
    );
    expect(functions.sort()).toEqual([...ENTRY_POINTS].sort());
    // The only other top-level statement declares the bundle's one global.
    const others = program.body.filter((n) => n.type !== 'FunctionDeclaration');
    expect(others.map((n) => n.type)).toEqual(['VariableDeclaration']);
  });

  it('uses nothing Apps Script lacks (process, require, import.meta) and asks for the current document only', () => {
    expect(code).not.toMatch(/\bprocess\.|\brequire\(|import\.meta/);
    expect(code.startsWith('/** @OnlyCurrentDoc */')).toBe(true);
  });

  it('bundles no zod: the server validates with validators generated from the core schemas (apps-script/server/schema-check.ts)', () => {
    // zod/mini alone was ≈25 KB of the budget; every zod schema class is named "$Zod…" in the bundle.
    expect(code).not.toMatch(/\$Zod[A-Z]/);
  });

  it('carries no checker: the sidebar checks the document model the server reads', () => {
    // Every rule registers its id as a string literal; none may reach Code.js (a few are also the
    // names of snippet groups, which the organisation library's validator lists).
    const groups = new Set<string>(SnippetGroup.options);
    const ids = RULES.map((r) => r.id).filter(
      (id) => !groups.has(id) && new RegExp(`["'\`]${id}["'\`]`).test(code),
    );
    expect(ids).toEqual([]);
  });

  // The server reads and writes the document and the user's store; the checker (≈ 220 KB: 47 rules,
  // their word lists, the syllable grammar, outline detection) runs in the sidebar on the document
  // model the server reads (docs/addon.md). Apps Script sets no size limit (projects push MB-sized
  // files); the budget bounds the parse every server call pays, and keeps the next growth a decision.
  // What is left: reading and writing Docs, the self-test, the user store and the validators
  // generated from the core's schemas (≈ 37 KB).
  it('stays within the 150 KB budget', () => {
    const bytes = Buffer.byteLength(code);
    console.log(`Code.js: ${(bytes / 1024).toFixed(1)} KB (budget 150 KB)`);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });

  it('runs in a bare vm context (no process, require, window) and builds the add-on menu on open', () => {
    const fake = createFakeGoogle();
    const gas = new CodeJs(fake, code);
    expect(
      vm.runInContext(
        '[typeof process, typeof require, typeof window, typeof setTimeout].join()',
        gas.context,
      ),
    ).toBe('undefined,undefined,undefined,undefined');
    gas.call('onOpen', { authMode: 'NONE' });
    expect(fake.ui.menus).toEqual([
      [
        ['Mở Khung', 'showSidebar'],
        ['Chèn đề cương…', 'showSidebarInsert'],
        ['Kiểm tra văn bản', 'showSidebarCheck'],
        ['Kiểm tra cài đặt', 'showSidebarSelfTest'],
      ],
    ]);
    gas.call('showSidebarCheck');
    expect(fake.ui.sidebar?.title).toBe('Khung');
    expect(fake.properties.data.get('khung.startView')).toBe('check');
  });

  it('ships a V8 manifest asking only for the current document and the sidebar', () => {
    const manifest = JSON.parse(builtFile('appsscript.json'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/documents.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('clasp (offline)', () => {
  it('`clasp status` lists exactly the built files to push', () => {
    const out = execFileSync(
      resolve(import.meta.dirname, '../../node_modules/.bin/clasp'),
      ['status', '--json'],
      {
        cwd: ADDON_DIR,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const status = JSON.parse(out.slice(out.indexOf('{')));
    const expected = ['Code.js', 'KhungOutlines.html', 'appsscript.json'];
    if (status.filesToPush.includes('Sidebar.html')) expected.push('Sidebar.html');
    expect([...status.filesToPush].sort()).toEqual(expected.sort());
    expect(status.filesToPush).toContain('Code.js');
    expect(JSON.parse(readFileSync(resolve(ADDON_DIR, '.clasp.json'), 'utf8')).rootDir).toBe('.');
  });
});
