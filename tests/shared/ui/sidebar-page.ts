import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { checkFetched } from '../../../apps-script/sidebar/local-check.ts';
import { loadBuiltInOutlines } from '../../../cli/load-outlines.ts';
import type { DocModel } from '../../../shared/core/document/doc-model.ts';
import { docFromText } from '../../../shared/core/document/from-text.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';
import { type FakeScript, fakeScriptRun } from './fake-script-run.ts';

// What the Sidebar.html tests share: the built file, documents the scripted server reads (the
// sidebar checks them with the real core) and the views they give, the init answer, a Chromium with
// the house flags, and helpers to open the sidebar with a scripted server and read the calls it made.

export const sidebarFile = resolve(import.meta.dirname, '../../../dist/apps-script/Sidebar.html');
export const { outlines } = loadBuiltInOutlines();
/** The outline the user chose last time, which the sidebar checks with (init's outlineId). */
export const OUTLINE_ID = 'cao-bang-bao-cao-6-thang-2020';
const TEXT =
  'BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\n1. Tình hình chung\nNội dung.\n3. Tình hình CNVCLĐ\nNội dung.\n';
/** The view the sidebar shows for `doc`, as its own check makes it (apps-script/sidebar/local-check.ts). */
export function viewOf(doc: DocModel) {
  const checked = checkFetched(doc, OUTLINE_ID, outlines);
  if ('message' in checked) throw new Error(checked.message);
  return checked.view;
}
/** A report with sections missing, and its view. */
export const doc = docFromText(TEXT);
export const view = viewOf(doc);
/** The same report after section II was written, and its view. */
export const fullerDoc = docFromText(
  `${TEXT}II. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020\nNội dung.\n`,
);
export const fuller = viewOf(fullerDoc);
/** khungInit's answer: the built-in outlines plus one of the user's, remembered parameters. */
export const init = {
  ok: true,
  outlines: outlines
    .map((o) => ({ id: o.id, title: o.title, type: o.documentType, source: '', user: false }))
    .concat([{ id: 'cua-toi', title: 'Đề cương của tôi', type: 'bao-cao', source: '', user: true }]),
  params: { donVi: 'CĐCS Trường Hồng Việt' },
  outlineId: OUTLINE_ID,
  docEmpty: false,
  storage: { used: 2048, limit: 512000 },
  library: outlines,
};
/** A khungRead answer with {@link doc}. */
export const checked = { ok: true, doc, signature: 's1' };

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
