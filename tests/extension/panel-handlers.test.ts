import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromePanelDeps } from '../../extension/background/chrome-panel-deps.ts';
import { PANEL_MESSAGES, panelHandlers } from '../../extension/background/panel-handlers.ts';
import {
  CheckReply,
  DeriveReply,
  LibraryReply,
  SkeletonReply,
} from '../../extension/shared/background-messages.ts';
import { KEYS, loadUserLibrary, saveUserLibrary } from '../../extension/shared/library-storage.ts';
import type { ReadResult } from '../../extension/shared/messages.ts';
import { setSiteEnabled } from '../../extension/shared/site-switch.ts';
import { type FakeStorageArea, installFakeChrome } from './chrome-storage-fake.ts';
import { outline, snippet } from './library-fixtures.ts';

// The side panel's work in the service worker (panel-handlers.ts), run on the real dependencies
// (chromePanelDeps: bundled library, library-storage, site-switch) over a fake chrome.storage and a
// fake chrome.tabs.sendMessage that plays the content script. Every reply is also parsed with the
// panel's own zod/mini schema, as the panel does.

const OUTLINE = 'cao-bang-bao-cao-6-thang-2020';
const URL_ = 'https://soanthao.tinh.gov.vn/vb/1';

/** The content script's side of chrome.tabs.sendMessage, as the handlers use it. */
interface FakeTabs {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

let chromeFake: ReturnType<typeof installFakeChrome>;
let sync: FakeStorageArea;
/** What the fake page answers to khung:read; a function to throw (no content script). */
let page: ReadResult | (() => unknown);
let sent: Array<{ tabId: number; message: unknown }>;

const read = (paragraphs: string[], extra: Partial<ReadResult> = {}): ReadResult => ({
  ok: true,
  editor: 'textarea',
  paragraphs,
  url: URL_,
  ...extra,
});

beforeEach(() => {
  chromeFake = installFakeChrome();
  sync = chromeFake.sync;
  sent = [];
  page = read([]);
  const tabs: FakeTabs = {
    sendMessage: async (tabId, message) => {
      sent.push({ tabId, message });
      return typeof page === 'function' ? page() : page;
    },
  };
  Object.assign((globalThis as { chrome: object }).chrome, { tabs });
});
afterEach(() => chromeFake.uninstall());

const handlers = () => panelHandlers(chromePanelDeps());

describe('khung:bg:library', () => {
  it('gives built-in and user outlines and snippets, user snippets first, without citation records', async () => {
    await saveUserLibrary({
      schemaVersion: 2,
      snippets: [snippet('u-rieng'), { ...snippet('noi-nhan-to-trinh'), label: 'Của tôi' }],
      outlines: [outline('u-cua-toi'), outline(OUTLINE)],
    });
    const reply = await handlers().handle({ type: 'khung:bg:library' });
    const parsed = LibraryReply.safeParse(reply);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const { outlines, snippets, warning } = parsed.data;
    expect(warning).toBeNull();
    expect(snippets.slice(0, 2).map((s) => s.id)).toEqual(['u-rieng', 'noi-nhan-to-trinh']);
    expect(snippets.filter((s) => s.id === 'noi-nhan-to-trinh').map((s) => s.label)).toEqual(['Của tôi']);
    expect(snippets.length).toBeGreaterThan(20);
    expect(snippets.some((s) => 'source' in s)).toBe(false);
    // A user outline may not take a built-in id: the built-in one stays, listed once.
    expect(outlines.filter((o) => o.id === OUTLINE)).toMatchObject([{ user: false }]);
    expect(outlines.find((o) => o.id === 'u-cua-toi')).toMatchObject({ user: true, sections: 1 });
    const builtIn = outlines.find((o) => o.id === OUTLINE);
    expect(builtIn?.issuer).toMatch(/Cao Bằng/);
    expect(builtIn?.parameters.map((p) => p.id)).toContain('donVi');
  });

  it('still gives the built-in library, with the reason, when the user library cannot be read', async () => {
    await sync.set({ [KEYS.index]: 'hỏng' });
    const reply = await handlers().handle({ type: 'khung:bg:library' });
    expect(reply).toMatchObject({ ok: true, warning: expect.stringMatching(/hỏng/) });
    expect(LibraryReply.safeParse(reply).success).toBe(true);
  });
});

describe('khung:bg:check', () => {
  const report = [
    'BÁO CÁO',
    'Kết quả hoạt động công đoàn 6 tháng đầu năm',
    '',
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    '1. Tình hình chung',
    'Công đoàn cơ sở có 42 đoàn viên.',
  ];

  it('reads the tab, checks against the chosen outline and maps blocks back to paragraphs', async () => {
    page = read(report);
    const reply = await handlers().handle({ type: 'khung:bg:check', tabId: 7, url: URL_, outline: OUTLINE });
    expect(sent).toEqual([{ tabId: 7, message: { type: 'khung:read' } }]);
    const parsed = CheckReply.safeParse(reply);
    expect(parsed.success).toBe(true);
    if (!parsed.success || !parsed.data.ok) throw new Error('expected a check');
    const { view, editor, paragraphOfBlock } = parsed.data;
    expect(editor).toBe('textarea');
    expect(view.outline?.id).toBe(OUTLINE);
    // The empty third paragraph is no block: block 2 is paragraph 3.
    expect(paragraphOfBlock).toEqual([0, 1, 3, 4, 5]);
    const found = view.checklist.filter((i) => i.found);
    expect(found.map((i) => i.heading)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ĐẶC ĐIỂM TÌNH HÌNH/i)]),
    );
    expect(found.every((i) => (paragraphOfBlock[i.block] ?? -1) >= 0)).toBe(true);
    expect(view.checklist.some((i) => !i.found)).toBe(true);
    expect(view.counts.error + view.counts.warning + view.counts.info).toBe(view.findings.length);
  });

  it('detects the outline with "auto", and an unknown id falls back to detection', async () => {
    page = read([
      ...report,
      'II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020',
      '1. Tác động của dịch Covid - 19 đối với đời sống của đoàn viên, người lao động',
      'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2020',
    ]);
    const check = (outlineId: string) =>
      handlers().handle({ type: 'khung:bg:check', tabId: 1, url: URL_, outline: outlineId });
    const auto = await check('auto');
    expect(auto).toMatchObject({ ok: true, view: { outline: { id: OUTLINE } } });
    expect(await check('u-da-xoa')).toEqual(auto);
  });

  it("keeps the library between checks until it changes; the panel's library request reads it afresh", async () => {
    const h = handlers();
    page = read(report);
    const checkedAgainst = async (outlineId: string) => {
      const reply = await h.handle({ type: 'khung:bg:check', tabId: 1, url: URL_, outline: outlineId });
      return reply.ok && 'view' in reply ? reply.view.outline?.id : reply;
    };
    expect(await checkedAgainst('u-moi')).not.toBe('u-moi');
    await saveUserLibrary({ schemaVersion: 2, snippets: [], outlines: [outline('u-moi')] });
    expect(await checkedAgainst('u-moi')).not.toBe('u-moi'); // still the kept library
    h.invalidate(); // what the worker does on chrome.storage.onChanged
    expect(await checkedAgainst('u-moi')).toBe('u-moi');
    await saveUserLibrary({
      schemaVersion: 2,
      snippets: [],
      outlines: [outline('u-moi'), outline('u-khac')],
    });
    const library = LibraryReply.parse(await h.handle({ type: 'khung:bg:library' }));
    expect(library.outlines.filter((o) => o.user).map((o) => o.id)).toEqual(['u-moi', 'u-khac']);
    expect(await checkedAgainst('u-khac')).toBe('u-khac');
  });

  it('neither reads nor checks a site the user switched off', async () => {
    await setSiteEnabled(URL_, false);
    const reply = await handlers().handle({ type: 'khung:bg:check', tabId: 1, url: URL_, outline: 'auto' });
    expect(reply).toEqual({ ok: false, needsGrant: false, message: PANEL_MESSAGES.disabled });
    expect(sent).toEqual([]);
  });

  it('asks for a click when no content script answers, and says so when the page answers wrongly', async () => {
    page = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const check = () => handlers().handle({ type: 'khung:bg:check', tabId: 1, url: URL_, outline: 'auto' });
    expect(await check()).toEqual({ ok: false, needsGrant: true, message: PANEL_MESSAGES.notConnected });
    page = () => undefined;
    expect(await check()).toEqual({ ok: false, needsGrant: false, message: PANEL_MESSAGES.noAnswer });
    page = read([], { ok: false, editor: 'none', message: 'Chưa có ô soạn thảo nào được chọn.' });
    expect(await check()).toEqual({
      ok: false,
      needsGrant: false,
      message: 'Chưa có ô soạn thảo nào được chọn.',
    });
    for (const reply of [await check()]) expect(CheckReply.safeParse(reply).success).toBe(true);
  });
});

describe('khung:bg:skeleton', () => {
  it('renders the outline with the parameters as text lines and sanitised HTML', async () => {
    const reply = await handlers().handle({
      type: 'khung:bg:skeleton',
      outlineId: OUTLINE,
      params: { donVi: 'CĐCS Công ty Thử' },
    });
    const parsed = SkeletonReply.safeParse(reply);
    if (!parsed.success || !parsed.data.ok) throw new Error('expected a skeleton');
    const { text, html, blocks } = parsed.data;
    expect(text.split('\n')).toHaveLength(blocks);
    expect(text).toContain('CĐCS CÔNG TY THỬ');
    expect(text.split('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toHaveLength(2);
    expect(html).toContain('<table');
    expect(html).not.toMatch(/<script|on\w+=/i);
  });

  it('says so for an outline that is not in the library', async () => {
    expect(await handlers().handle({ type: 'khung:bg:skeleton', outlineId: 'khong-co', params: {} })).toEqual(
      {
        ok: false,
        message: PANEL_MESSAGES.noOutline,
      },
    );
  });
});

describe('khung:bg:derive', () => {
  const received = [
    'ĐỀ CƯƠNG BÁO CÁO SƠ KẾT',
    'I. KẾT QUẢ',
    '1. Tuyên truyền',
    '2. Tổ chức',
    'II. PHƯƠNG HƯỚNG',
  ];

  it('derives an outline from the page and saves it to the user library', async () => {
    page = read(received);
    const reply = await handlers().handle({ type: 'khung:bg:derive', tabId: 3, name: 'Đề cương sơ kết' });
    const parsed = DeriveReply.safeParse(reply);
    if (!parsed.success || !parsed.data.ok) throw new Error(`expected an outline: ${JSON.stringify(reply)}`);
    const { id, sections } = parsed.data;
    expect(id).toMatch(/^u-/);
    expect(sections).toBe(4);
    const saved = await loadUserLibrary();
    expect(saved.outlines.map((o) => o.id)).toEqual([id]);
    const library = LibraryReply.parse(await handlers().handle({ type: 'khung:bg:library' }));
    expect(library.outlines.find((o) => o.id === id)).toMatchObject({ user: true });
  });

  it('saves nothing when the page has no headings, or the library was written by a newer Khung', async () => {
    page = read(['Kính gửi các đồng chí.', 'Nội dung không có đề mục.']);
    const none = await handlers().handle({ type: 'khung:bg:derive', tabId: 3, name: 'x' });
    expect(none).toMatchObject({ ok: false, message: /Không tìm thấy đề mục/ });
    expect((await loadUserLibrary()).outlines).toEqual([]);

    await sync.set({ [KEYS.index]: { schemaVersion: 99, snippetIds: [], outlineIds: [] } });
    page = read(received);
    const before = JSON.stringify([...sync.data]);
    const newer = await handlers().handle({ type: 'khung:bg:derive', tabId: 3, name: 'x' });
    expect(newer.ok).toBe(false);
    expect(JSON.stringify([...sync.data])).toBe(before);
  });
});
