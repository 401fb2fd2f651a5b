import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { PROPERTY_ESCAPES, SELF_TEST_KEY } from '../../apps-script/server/self-test-runtime.ts';
import { SelfTestResponse } from '../../apps-script/shared/server-api.ts';
import { type FakeGoogle, FakeParagraph, FakeTable, throwing } from '../../playground/document-app/index.ts';
import { FakeText } from '../../playground/document-app/paragraph.ts';
import { builtFile, type CodeJs } from '../../playground/run-code-js.ts';
import { newAddon, writeLines } from './helpers.ts';

type Check = { id: string; label: string; ok: boolean; detail: string };
type Result = { ok: true; checks: Check[]; ms: number };

const IDS = [
  'read',
  'tabs',
  'cursor',
  'paragraph',
  'heading',
  'table',
  'trace',
  'properties',
  'unicode',
  'outlines',
];

/** Everything a trace could be left in: each top-level element's kind, text, attributes and runs. */
function snapshot(fake: FakeGoogle): string {
  return JSON.stringify(
    fake.doc.body.children.map((el) => ({
      kind: el.kind,
      text: el.plainText(),
      ...(el instanceof FakeParagraph ? { attrs: el.attrs, runs: el.runs } : {}),
    })),
  );
}

/** A document with a heading, text, a table and a cursor: the self-test must leave all of it as it was. */
function sampleAddon() {
  const { fake, gas } = newAddon();
  const [, body] = writeLines(fake, ['# I. TÌNH HÌNH CHUNG', 'Nội dung báo cáo.', '']);
  fake.doc.body.addTable([['Nơi nhận:', 'TM. BAN CHẤP HÀNH']]);
  fake.doc.body.addParagraph('');
  fake.doc.placeCursor(body as FakeParagraph, 3);
  fake.properties.data.set('khung.params', '{"donVi":"CĐCS Trường A"}');
  return { fake, gas };
}

function run(gas: CodeJs): Result {
  const result = gas.call<Result>('khungSelfTest');
  expect(SelfTestResponse.safeParse(result).success).toBe(true);
  return result;
}

const failed = (r: Result) => r.checks.filter((c) => !c.ok).map((c) => c.id);
const detail = (r: Result, id: string) => r.checks.find((c) => c.id === id)?.detail ?? '';

const restores: Array<() => void> = [];
afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
});

describe('"Kiểm tra cài đặt" on a working document', () => {
  it('passes every check and leaves the document, the cursor and the user properties as they were', () => {
    const { fake, gas } = sampleAddon();
    const before = snapshot(fake);
    const props = [...fake.properties.data];
    const cursor = fake.doc.cursor;
    const r = run(gas);
    expect(r.checks.map((c) => c.id)).toEqual(IDS);
    expect(failed(r)).toEqual([]);
    expect(snapshot(fake)).toBe(before);
    expect([...fake.properties.data]).toEqual(props);
    expect(fake.doc.cursor).toBe(cursor);
    expect(fake.doc.selection).toBeNull();
    expect(detail(r, 'cursor')).toBe('Con trỏ ở vị trí 3 của một đoạn.');
    expect(detail(r, 'read')).toBe('4 đoạn có chữ, 1 bảng, khổ 210 × 297 mm.');
  });

  it('says how to try the cursor too when the document has none', () => {
    const { fake, gas } = newAddon();
    fake.doc.cursor = null;
    expect(detail(run(gas), 'cursor')).toMatch(/bấm vào văn bản/);
  });

  it('builds at run time every Unicode property escape the built Code.js uses', () => {
    const used = new Set([...builtFile('Code.js').matchAll(/\\[pP]\{([A-Za-z_=]+)\}/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !PROPERTY_ESCAPES.some(([n]) => n === name))).toEqual([]);
  });
});

// Each failure the way Apps Script reports one: the call throws an Error with Google's text. Every
// break is type-checked against @types/google-apps-script (throwing<T>), so only real calls break.
describe('"Kiểm tra cài đặt" when a call fails: ✗ with Google\'s text, the other checks still run, no trace', () => {
  const cases: Array<[string, (fake: FakeGoogle) => () => void, string[]]> = [
    [
      'DocumentApp.getActiveDocument',
      (f) =>
        throwing<GoogleAppsScript.Document.DocumentApp>(
          f.DocumentApp,
          'getActiveDocument',
          'Exception: Document is missing',
        ),
      ['read', 'tabs', 'cursor', 'paragraph', 'heading', 'table', 'trace'],
    ],
    [
      'Document.getActiveTab',
      (f) =>
        throwing<GoogleAppsScript.Document.Document>(
          f.doc,
          'getActiveTab',
          'TypeError: getActiveTab is not a function',
        ),
      ['tabs'],
    ],
    [
      'Document.getCursor',
      (f) =>
        throwing<GoogleAppsScript.Document.Document>(
          f.doc,
          'getCursor',
          'Exception: Service unavailable: Documents',
        ),
      ['cursor'],
    ],
    [
      'Body.insertParagraph',
      (f) =>
        throwing<GoogleAppsScript.Document.Body>(
          f.doc.body,
          'insertParagraph',
          'Exception: Index (3) must be less than the number of child elements',
        ),
      ['paragraph', 'heading', 'table'],
    ],
    [
      'Text.setAttributes',
      () =>
        throwing<GoogleAppsScript.Document.Text>(
          FakeText.prototype,
          'setAttributes',
          'Exception: Invalid argument: attributes',
        ),
      ['paragraph'],
    ],
    [
      'Paragraph.setHeading, after the first call',
      () =>
        throwing<GoogleAppsScript.Document.Paragraph>(
          FakeParagraph.prototype,
          'setHeading',
          'Exception: Invalid argument: heading',
          {
            after: 1,
          },
        ),
      ['heading'],
    ],
    [
      'Body.insertTable',
      (f) =>
        throwing<GoogleAppsScript.Document.Body>(
          f.doc.body,
          'insertTable',
          'Exception: Cannot insert a table here',
        ),
      ['table'],
    ],
    [
      'Paragraph.removeFromParent',
      () =>
        throwing<GoogleAppsScript.Document.Paragraph>(
          FakeParagraph.prototype,
          'removeFromParent',
          "Exception: Can't remove the last paragraph in a document section.",
        ),
      ['trace'],
    ],
    [
      'Properties.setProperties',
      (f) =>
        throwing<GoogleAppsScript.Properties.Properties>(
          f.properties,
          'setProperties',
          'Exception: Argument too large: value',
        ),
      ['properties'],
    ],
    [
      'HtmlService.createHtmlOutputFromFile',
      (f) =>
        throwing<GoogleAppsScript.HTML.HtmlService>(
          f.HtmlService,
          'createHtmlOutputFromFile',
          'Exception: No HTML file named KhungOutlines was found.',
        ),
      ['outlines'],
    ],
  ];

  it.each(cases)('%s', (_name, breakIt, expected) => {
    const { fake, gas } = sampleAddon();
    const before = snapshot(fake);
    const props = [...fake.properties.data];
    restores.push(breakIt(fake));
    const r = run(gas);
    expect(r.checks.map((c) => c.id)).toEqual(IDS);
    expect(failed(r)).toEqual(expected);
    const first = r.checks.find((c) => c.id === expected[0]);
    expect(first?.detail).toMatch(/^Google báo: Exception: |^Google báo: TypeError: /);
    for (const id of expected.slice(1)) expect(detail(r, id)).toMatch(/^Chưa thử: |^Google báo: /);
    restores.pop()?.();
    // Nothing left behind, even though a check stopped half-way (a paragraph that cannot be
    // removed is the one trace the self-test can leave, and says so).
    if (expected[0] === 'trace') expect(snapshot(fake)).not.toBe(before);
    else expect(snapshot(fake)).toBe(before);
    expect([...fake.properties.data]).toEqual(props);
  });

  it('a table that cannot be removed: ✗ on the trace, and the scratch paragraph is still removed', () => {
    const { fake, gas } = sampleAddon();
    const before = fake.doc.body.children.length;
    restores.push(
      throwing<GoogleAppsScript.Document.Table>(
        FakeTable.prototype,
        'removeFromParent',
        'Exception: Action not allowed',
      ),
    );
    const r = run(gas);
    expect(failed(r)).toEqual(['trace']);
    expect(detail(r, 'trace')).toBe('Google báo: Exception: Action not allowed');
    const extra = fake.doc.body.children.slice(before - 1, before + 1).map((el) => el.kind);
    expect(fake.doc.body.children).toHaveLength(before + 1);
    expect(extra).toContain('TABLE');
    expect(fake.doc.body.allParagraphs().some((p) => p.plainText().includes('Kiểm tra cài đặt'))).toBe(false);
  });

  it('a runtime without normalize: ✗ on Unicode', () => {
    const { gas } = sampleAddon();
    vm.runInContext(
      "String.prototype.normalize = function () { throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.'); };",
      gas.context,
    );
    const r = run(gas);
    expect(failed(r)).toEqual(['unicode']);
    expect(detail(r, 'unicode')).toMatch(/^Google báo: The normalization form/);
  });

  it('a runtime whose upper case of “đ” is wrong: ✗ on Unicode (the minifier did not fold the check away)', () => {
    const { gas } = sampleAddon();
    vm.runInContext(
      '(function () { var up = String.prototype.toUpperCase; String.prototype.toUpperCase = function () { return String(this) === "đ" ? "D" : up.call(this); }; })();',
      gas.context,
    );
    const r = run(gas);
    expect(failed(r)).toContain('unicode');
    expect(detail(r, 'unicode')).toBe('Đọc lại không khớp: chữ hoa, chữ thường đ.');
  });

  it("a runtime whose regexes lack \\p{…}: ✗ on Unicode with the parser's text", () => {
    const { gas } = sampleAddon();
    vm.runInContext(
      `(function () {
        var R = RegExp;
        RegExp = function (p, f) {
          if (String(p).indexOf('\\\\p{') >= 0) throw new SyntaxError('Invalid regular expression: /' + p + '/: Invalid escape');
          return new R(p, f);
        };
      })();`,
      gas.context,
    );
    const r = run(gas);
    expect(failed(r)).toContain('unicode');
    expect(detail(r, 'unicode')).toMatch(/^Google báo: Invalid regular expression: .*Invalid escape/);
  });

  it('never throws, even when Docs, the property store and HtmlService all fail', () => {
    const { fake, gas } = sampleAddon();
    restores.push(
      throwing<GoogleAppsScript.Document.DocumentApp>(
        fake.DocumentApp,
        'getActiveDocument',
        'Exception: offline',
      ),
      throwing<GoogleAppsScript.Properties.PropertiesService>(
        fake.PropertiesService,
        'getUserProperties',
        'Exception: offline',
      ),
      throwing<GoogleAppsScript.HTML.HtmlService>(
        fake.HtmlService,
        'createHtmlOutputFromFile',
        'Exception: offline',
      ),
    );
    const r = run(gas);
    expect(r.ok).toBe(true);
    expect(r.checks.filter((c) => c.ok).map((c) => c.id)).toEqual(['unicode']);
  });
});

describe('the menu item', () => {
  it('opens the sidebar on the self-test, which the next khungInit reports once', () => {
    const { fake, gas } = newAddon();
    gas.call('showSidebarSelfTest');
    expect(fake.ui.sidebar?.title).toBe('Khung');
    expect(gas.call<{ startView?: string }>('khungInit').startView).toBe('selftest');
    expect(gas.call<{ startView?: string }>('khungInit').startView).toBeUndefined();
    expect([...fake.properties.data.keys()].filter((k) => k.startsWith(SELF_TEST_KEY))).toEqual([]);
  });
});
