import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { loadBuiltInOutlines } from '../../../cli/load-outlines.ts';
import { docFromText } from '../../../shared/core/document/from-text.ts';
import { toCheckView } from '../../../shared/core/report/check-view.ts';
import { checkDocument } from '../../../shared/core/rules/check-document.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';
import { type FakeScript, fakeScriptRun } from './fake-script-run.ts';

// What the Sidebar.html tests share: the built file, check views made by the real core, the init
// answer, a Chromium with the house flags, and helpers to open the sidebar with a scripted server
// and read the calls it made.

export const sidebarFile = resolve(import.meta.dirname, '../../../dist/apps-script/Sidebar.html');
export const { outlines } = loadBuiltInOutlines();
const outline = outlines.find((o) => o.id === 'cao-bang-bao-cao-6-thang-2020') ?? null;
const TEXT =
  'BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\n1. Tình hình chung\nNội dung.\n3. Tình hình CNVCLĐ\nNội dung.\n';
/** A check of a report with sections missing. */
export const view = toCheckView(checkDocument(docFromText(TEXT), { outline }));
/** The same report after section II was written. */
export const fuller = toCheckView(
  checkDocument(docFromText(`${TEXT}II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020\nNội dung.\n`), {
    outline,
  }),
);
/** khungInit's answer: the built-in outlines plus one of the user's, remembered parameters. */
export const init = {
  ok: true,
  outlines: outlines
    .map((o) => ({ id: o.id, title: o.title, type: o.documentType, source: '', user: false }))
    .concat([{ id: 'cua-toi', title: 'Đề cương của tôi', type: 'bao-cao', source: '', user: true }]),
  params: { donVi: 'CĐCS Trường Hồng Việt' },
  outlineId: 'auto',
  docEmpty: false,
  storage: { used: 2048, limit: 512000 },
};
/** A khungCheck answer with {@link view}. */
export const checked = { ok: true, view, signature: 's1', blocks: 6 };

/** Headless Debian Chromium with the house rules' flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/** Opens Sidebar.html at the add-on's 300 px with google.script.run answering from `script`. */
export async function openSidebar(browser: Browser, script: FakeScript): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  await page.addInitScript(fakeScriptRun({ khungInit: [init], ...script }));
  await page.goto(pathToFileURL(sidebarFile).href);
  return page;
}

/** The arguments of every call the sidebar made to server function `name`, in order. */
export async function callsOf(page: Page, name: string): Promise<unknown[][]> {
  const calls = await page.evaluate(
    () => (window as unknown as { __khungCalls: [string, unknown[]][] }).__khungCalls,
  );
  return calls.filter(([n]) => n === name).map(([, a]) => a);
}
