import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditorSession, openEditorSession } from './harness/editor-session.ts';
import { normalizeModel } from './harness/expected-model.ts';
import { placeCaretThenLeave } from './harness/place-caret.ts';
import { INITIAL_PARAGRAPHS } from './pages/fixture-text.ts';

// Expansion while typing, through the built extension in real editors: off until the officer turns it
// on for the site; then a typed trigger becomes its snippet (block or inline by the core's rule) in
// one undo step — one Ctrl+Z brings the typed trigger back — and a snippet with fields opens its form
// in the side panel first. The side panel page writes the trigger table from the library it loads.

const QUOC_HIEU = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const CNVC = 'công nhân, viên chức, lao động (CNVCLĐ)';
const [first, middle, last] = INITIAL_PARAGRAPHS;

/** Waits until the panel page has loaded the library and written the triggers (a few seconds at most). */
async function triggersWritten(s: EditorSession): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const count = await s.panel.evaluate(async () => {
      const t = (await chrome.storage.local.get('khung.expandTriggers'))['khung.expandTriggers'];
      return Array.isArray(t) ? t.length : 0;
    });
    if (count > 5) return;
    await s.page.waitForTimeout(100);
  }
  throw new Error('the side panel did not write the triggers');
}

function describeExpansion(pageName: string): void {
  describe(`${pageName}: expansion while typing`, () => {
    let s: EditorSession;
    const pageErrors: string[] = [];
    const model = async () => normalizeModel(await s.model()).map((p) => p.trimEnd());
    const typeAtEnd = async (text: string) => {
      await placeCaretThenLeave(s.page, last, false);
      await s.page.keyboard.press('End');
      await s.page.keyboard.type(text, { delay: 30 });
    };
    const site = (on: boolean) =>
      s.panel.evaluate(
        (on) => chrome.storage.local.set({ 'khung.expandSites': on ? ['127.0.0.1'] : [] }),
        on,
      );

    beforeAll(async () => {
      s = await openEditorSession(pageName);
      s.page.on('pageerror', (e) => pageErrors.push(e.message));
      s.page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(m.text());
      });
      await triggersWritten(s);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('does nothing with a typed trigger until the officer turns expansion on', async () => {
      await typeAtEnd(' ;qh');
      await s.page.waitForTimeout(300);
      expect(await model()).toEqual([first, middle, `${last} ;qh`]);
      await s.page.keyboard.press('Control+z');
      await expect.poll(model).toEqual([...INITIAL_PARAGRAPHS]);
    });

    it('turns a block trigger into its own paragraphs, and one Ctrl+Z brings the trigger back', async () => {
      await site(true);
      await s.page.waitForTimeout(200);
      await typeAtEnd(' ;qh');
      await expect.poll(model).toEqual([first, middle, last, ...QUOC_HIEU]);
      await s.page.keyboard.press('Control+z');
      await expect.poll(model).toEqual([first, middle, `${last} ;qh`]);
    });

    it('puts an inline phrase in place of its trigger, inside the line', async () => {
      await s.page.keyboard.press('Control+z');
      await expect.poll(model).toEqual([...INITIAL_PARAGRAPHS]);
      await typeAtEnd(' ;cnvc');
      await expect.poll(model).toEqual([first, middle, `${last} ${CNVC}`]);
      await s.page.keyboard.type(' tiếp');
      await expect.poll(model).toEqual([first, middle, `${last} ${CNVC} tiếp`]);
    });

    it('leaves no error in the page console', async () => {
      await site(false);
      expect(pageErrors).toEqual([]);
    });
  });
}

describeExpansion('textarea');
describeExpansion('contenteditable');
describeExpansion('ckeditor5');
// Monaco has no DOM selection: the worker selects the trigger with its keys (select-back.ts).
describeExpansion('monaco');

describe('textarea: a trigger whose snippet has fields opens its form in the side panel first', () => {
  let s: EditorSession;
  beforeAll(async () => {
    s = await openEditorSession('textarea');
    await s.panel.evaluate(() => chrome.storage.local.set({ 'khung.expandSites': ['127.0.0.1'] }));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('inserts "Kính gửi" with what the officer filled in, over the typed trigger', async () => {
    await triggersWritten(s);
    await s.page.waitForTimeout(200);
    await placeCaretThenLeave(s.page, 'Đoạn kết.', false);
    await s.page.keyboard.press('End');
    await s.page.keyboard.type('\n;kg', { delay: 30 });
    await s.panel.waitForSelector('#k-field-noiNhan');
    await s.panel.fill('#k-field-noiNhan', 'Ban Thường vụ Liên đoàn Lao động tỉnh');
    await s.panel.press('#k-field-noiNhan', 'Enter');
    await expect
      .poll(async () => normalizeModel(await s.model()))
      .toEqual([...INITIAL_PARAGRAPHS, 'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh']);
  });
});
