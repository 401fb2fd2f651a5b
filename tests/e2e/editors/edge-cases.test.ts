import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult, ReadResult } from '../../../extension/shared/messages.ts';
import { type EditorSession, openEditorSession } from './harness/editor-session.ts';
import { INITIAL_PARAGRAPHS } from './pages/fixture-text.ts';

// The engine's edges on one page: nothing focused (clipboard), a single-line input, headings for the
// checklist, an editor inside a same-origin iframe that has its own content script (one frame acts),
// and messages that are not the contract's.

describe('the insert engine at its edges', () => {
  let s: EditorSession;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    s = await openEditorSession('edge');
    await s.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(s.url).origin,
    });
    await s.page
      .frameLocator('#child')
      .locator('html[data-khung-ext="loaded"]')
      .waitFor({ state: 'attached' });
    s.page.on('pageerror', (e) => pageErrors.push(e.message));
    s.page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('answers khung:read with no editor when nothing was focused yet', async () => {
    const read = await s.send<ReadResult>({ type: 'khung:read' });
    expect(read).toMatchObject({ ok: false, editor: 'none', paragraphs: [] });
    expect(read.message).toMatch(/ô soạn thảo/);
  });

  it('copies to the clipboard and says Ctrl+V when there is no editor to insert into', async () => {
    const before = await s.page.content();
    const result = await s.send<InsertResult>({ type: 'khung:insert', text: 'Trân trọng./.' });
    expect(result).toEqual({
      ok: false,
      method: 'clipboard',
      message: 'Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.',
    });
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe('Trân trọng./.');
    expect(await s.page.content()).toBe(before);
  });

  it('answers khung:ping from the top frame and ignores messages outside the contract', async () => {
    expect(await s.send({ type: 'khung:ping' })).toEqual({ ok: true });
    expect(await s.send({ type: 'khung:insert' })).toBeUndefined();
    expect(await s.send({ type: 'khung:unknown', text: 'x' })).toBeUndefined();
    expect(await s.model()).toEqual(['Người ký: ']);
  });

  it('joins the lines of a multi-line text with spaces in a single-line input', async () => {
    await s.page.click('#single');
    await s.page.keyboard.press('End');
    await s.page.click('#outside');
    await s.panel.bringToFront();
    const result = await s.send<InsertResult>({ type: 'khung:insert', text: 'Nguyễn Văn A\nChủ tịch' });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch']);
    await s.page.bringToFront();
  });

  it('reads heading levels from h2/h3 for the checklist', async () => {
    await s.page.click('#headed p');
    const read = await s.send<ReadResult>({ type: 'khung:read' });
    expect(read).toMatchObject({
      ok: true,
      editor: 'contenteditable',
      paragraphs: ['I. ĐẶC ĐIỂM TÌNH HÌNH', 'Nội dung phần một.', '1. Tình hình chung', 'Nội dung mục một.'],
      headingLevels: [2, 0, 3, 0],
    });
  });

  it('sanitises the HTML it writes into a page: no attributes, no scripts, no images', async () => {
    await s.page.click('#headed p');
    await s.page.keyboard.press('End');
    const html =
      '<h2 onclick="window.__pwned=1">Mục mới</h2><p style="color:red">Đoạn <img src="x" onerror="window.__pwned=2">mới<script>window.__pwned=3</script></p>';
    const result = await s.send<InsertResult>({ type: 'khung:insert', text: 'Mục mới\nĐoạn mới', html });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    const headed = await s.page.evaluate(() => {
      const el = document.getElementById('headed') as HTMLElement;
      return {
        text: el.textContent ?? '',
        tags: [...el.querySelectorAll('img,script,[onclick],[style],[onerror]')].length,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
      };
    });
    expect(headed.tags).toBe(0);
    expect(headed.pwned).toBeUndefined();
    expect(headed.text).toContain('Mục mới');
    expect(headed.text).toContain('Đoạn mới');
    const read = await s.send<ReadResult>({ type: 'khung:read' });
    expect(read.headingLevels?.[read.paragraphs.indexOf('Mục mới')]).toBe(2);
  });

  it('inserts once into an editor inside a same-origin iframe that has its own content script', async () => {
    const child = s.page.frameLocator('#child');
    await child.locator('textarea').click();
    const frame = s.page.frames().find((f) => f.url().endsWith('/textarea.html'));
    if (!frame) throw new Error('no child frame');
    await frame.evaluate(() => {
      const area = document.querySelector('textarea') as HTMLTextAreaElement;
      const at = area.value.indexOf('TRƯỚC') + 'TRƯỚC'.length;
      area.setSelectionRange(at, at);
    });
    await s.page.click('#outside');
    await s.panel.bringToFront();
    const result = await s.send<InsertResult>({ type: 'khung:insert', text: 'MỘT LẦN' });
    expect(result).toEqual({ ok: true, method: 'execCommand' });
    const model = await frame.evaluate(() => window.__fixture?.model() ?? []);
    expect(model).toEqual([
      INITIAL_PARAGRAPHS[0],
      'Phần đầu TRƯỚCMỘT LẦNSAU phần cuối.',
      INITIAL_PARAGRAPHS[2],
    ]);
    // The top frame's own editors were left alone.
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch']);
    const read = await s.send<ReadResult>({ type: 'khung:read' });
    expect(read.paragraphs[1]).toBe('Phần đầu TRƯỚCMỘT LẦNSAU phần cuối.');
  });

  it('does not write into an older editor once focus went into a frame Khung does not run in', async () => {
    await s.page.bringToFront();
    await s.page.click('#single');
    await s.page.frameLocator('#blind').locator('textarea').click();
    await s.panel.bringToFront();
    const result = await s.send<InsertResult>({ type: 'khung:insert', text: 'KHÔNG ĐƯỢC CHÈN' });
    expect(result).toMatchObject({ ok: false });
    expect(['clipboard', 'none']).toContain(result.method);
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch']);
    expect(await s.send<ReadResult>({ type: 'khung:read' })).toMatchObject({ ok: false, editor: 'none' });
    // Back in a page editor, inserting works again.
    await s.page.bringToFront();
    await s.page.click('#single');
    await s.page.keyboard.press('End');
    expect(await s.send<InsertResult>({ type: 'khung:insert', text: '!' })).toEqual({
      ok: true,
      method: 'execCommand',
    });
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch!']);
  });

  it('neither reads nor inserts on a site the user switched Khung off on, and works again once on', async () => {
    const setOff = (hosts: string[]) =>
      s.panel.evaluate((list) => chrome.storage.local.set({ 'khung.disabledSites': list }), hosts);
    await s.page.bringToFront();
    await s.page.click('#single');
    await s.page.keyboard.press('End');
    await setOff([new URL(s.url).hostname]);
    await s.page.waitForTimeout(100); // the content script hears storage.onChanged
    const refused = await s.send<InsertResult>({ type: 'khung:insert', text: 'TẮT' });
    expect(refused).toMatchObject({ ok: false, method: 'none' });
    expect(refused.message).toMatch(/đang tắt trên trang này/);
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch!']);
    const read = await s.send<ReadResult>({ type: 'khung:read' });
    expect(read).toMatchObject({ ok: false, paragraphs: [] });
    await setOff([]);
    await s.page.waitForTimeout(100);
    expect(await s.send<InsertResult>({ type: 'khung:insert', text: '?' })).toEqual({
      ok: true,
      method: 'execCommand',
    });
    expect(await s.model()).toEqual(['Người ký: Nguyễn Văn A Chủ tịch!?']);
  });

  it('leaves no error in the page console', () => {
    expect(pageErrors).toEqual([]);
  });
});
