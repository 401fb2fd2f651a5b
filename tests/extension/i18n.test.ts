import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  followLanguage,
  LANGUAGE_KEY,
  loadLanguage,
  saveLanguage,
} from '../../extension/shared/i18n/language.ts';
import { type MessageKey, parseLanguage, translate } from '../../extension/shared/i18n/translate.ts';
import { GROUP_LABELS } from '../../shared/ui/snippet-groups.ts';
import { installFakeChrome } from './chrome-storage-fake.ts';

// The extension's own message lookup: Vietnamese first whatever the browser's language, English by
// the officer's choice. The catalogs are JSON, checked here: same keys, same blanks, nothing empty.

const root = resolve(import.meta.dirname, '../..');
const readCatalog = (lang: string): unknown =>
  JSON.parse(readFileSync(resolve(root, `extension/shared/i18n/${lang}.json`), 'utf8'));

/** A catalog: message keys (identifiers) to non-empty sentences. */
const Catalog = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), z.string().trim().min(1));
const vi = Catalog.parse(readCatalog('vi'));
const en = Catalog.parse(readCatalog('en'));

const blanks = (text: string): string[] => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
const VIET = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

describe('message catalogs', () => {
  it('rejects what is not a catalog (the schema can fail)', () => {
    expect(Catalog.safeParse({ optTitle: '' }).success).toBe(false);
    expect(Catalog.safeParse({ optTitle: 3 }).success).toBe(false);
    expect(Catalog.safeParse({ 'opt title': 'x' }).success).toBe(false);
  });

  it('has the same keys in vi and en, and the same blanks ($1…) in both', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(Object.keys(vi).length).toBeGreaterThan(100);
    for (const [key, text] of Object.entries(vi)) expect(blanks(en[key] ?? ''), key).toEqual(blanks(text));
  });

  it('numbers the blanks of a message from $1 without a gap', () => {
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) {
      const numbers = blanks(text).map((b) => Number(b.slice(1)));
      expect(numbers, key).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('writes English in en: Vietnamese only in the language names and the names of document parts', () => {
    const named = new Set(['langLabel', 'langVi', 'groupKinhGui', 'groupCanCu', 'groupNoiNhan']);
    const vietnamese = Object.entries(en).filter(([key, text]) => VIET.test(text) && !named.has(key));
    expect(vietnamese).toEqual([]);
  });

  it('names the snippet groups in vi exactly as the side panel does', () => {
    const keys: Record<keyof typeof GROUP_LABELS, MessageKey> = {
      'tieu-de': 'groupTieuDe',
      'kinh-gui': 'groupKinhGui',
      'can-cu': 'groupCanCu',
      'mo-dau': 'groupMoDau',
      'ket-thuc': 'groupKetThuc',
      'noi-nhan': 'groupNoiNhan',
      'chu-ky': 'groupChuKy',
      'cum-tu': 'groupCumTu',
    };
    for (const [group, label] of Object.entries(GROUP_LABELS))
      expect(translate('vi', keys[group as keyof typeof GROUP_LABELS]), group).toBe(label);
  });

  it('is the only way the pages and the worker find their words (no chrome.i18n outside the manifest)', () => {
    const files = readdirSync(resolve(root, 'extension'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    const users = files.filter((f) =>
      /chrome\.i18n\.\w+\(/.test(readFileSync(resolve(root, 'extension', f), 'utf8')),
    );
    expect(users).toEqual([]);
  });
});

describe('translate', () => {
  it.each([
    ['vi', 'optTitle', [], 'Tuỳ chọn Khung'],
    ['en', 'optTitle', [], 'Khung options'],
    ['vi', 'ioImported', [2, 1], 'Đã nhập: 2 mục mới, 1 mục thay thế.'],
    ['en', 'outlineSectionCount', [7], '7 sections'],
    ['vi', 'ioRejected', ['a.json', 'Hỏng.'], 'Không nhập tệp “a.json”: Hỏng. Thư viện giữ nguyên.'],
    // A missing substitution leaves its blank visible rather than writing "undefined".
    ['vi', 'orgVersion', [], 'phiên bản $1'],
  ] as const)('%s %s %j → %s', (lang, key, subs, expected) => {
    expect(translate(lang, key, ...subs)).toBe(expected);
  });

  it('puts any substituted text in verbatim, even one holding "$1" or "$$"', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const out = translate('vi', 'ioImported', a, b);
        expect(out).toBe(`Đã nhập: ${a} mục mới, ${b} mục thay thế.`);
      }),
    );
  });

  it.each([
    ['en', 'en'],
    ['vi', 'vi'],
    [undefined, 'vi'],
    ['fr', 'vi'],
    ['EN', 'vi'],
    [1, 'vi'],
  ] as const)('reads the stored choice %j as %s', (stored, expected) => {
    expect(parseLanguage(stored)).toBe(expected);
  });
});

describe('the stored choice of language', () => {
  let fake: ReturnType<typeof installFakeChrome>;
  beforeEach(() => {
    fake = installFakeChrome();
  });
  afterEach(() => fake.uninstall());

  it('is Vietnamese until English is chosen, and followed by every listener', async () => {
    expect(await loadLanguage()).toBe('vi');
    const seen: string[] = [];
    const stop = followLanguage((l) => seen.push(l));
    await saveLanguage('en');
    expect(await loadLanguage()).toBe('en');
    expect(fake.local.data.get(LANGUAGE_KEY)).toBe('en');
    // The same key in the synced area is not this device's choice; other keys are not a choice at all.
    await fake.sync.set({ [LANGUAGE_KEY]: 'vi' });
    await fake.local.set({ 'khung.disabledSites': [] });
    await saveLanguage('vi');
    await fake.local.remove(LANGUAGE_KEY);
    stop();
    await saveLanguage('en');
    expect(seen).toEqual(['en', 'vi', 'vi']);
  });
});
