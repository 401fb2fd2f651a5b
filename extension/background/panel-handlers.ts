import { docFromParagraphs, paragraphOfBlock } from '../../shared/core/document/from-paragraphs.ts';
import type { KeptOrgLibrary } from '../../shared/core/library/org-update.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import { skeletonToHtml, skeletonToLines } from '../../shared/core/outline/skeleton-html.ts';
import { toCheckView } from '../../shared/core/report/to-check-view.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import type {
  CheckReply,
  DeriveReply,
  LibraryReply,
  PanelRequest,
  SkeletonReply,
} from '../shared/background-messages.ts';
import { outlineFromRead } from '../shared/derive-from-page.ts';
import { upsert } from '../shared/library/library-edit.ts';
import type { UserLibrary } from '../shared/library/library-schema.ts';
import { updateLibrary } from '../shared/library/library-update.ts';
import type { LoadedLibrary, SaveResult } from '../shared/library-storage.ts';
import { ReadResult } from '../shared/messages.ts';
import type { OutlineInfo } from '../shared/panel-schemas.ts';
import { buildLibrary, type WorkerLibrary } from './worker-library.ts';

// The side panel's heavy work, done in the service worker (the panel ≤ 50 KB gzipped;
// the worker has no budget): the library, the check of a page, the skeleton, derive-from-page.
// Every handler answers with data or a Vietnamese message; none throws.

/** What the handlers need of Chrome, so node tests can hand them a typed fake. */
export interface PanelDeps {
  /** chrome.tabs.sendMessage to every frame of the tab (the frame owning the focused editor answers). */
  sendToTab(tabId: number, message: { type: 'khung:read' }): Promise<unknown>;
  loadUserLibrary(): Promise<LoadedLibrary>;
  saveUserLibrary(library: UserLibrary): Promise<SaveResult>;
  isSiteEnabled(url: string): Promise<boolean>;
  builtInOutlines(): Outline[];
  builtInSnippets(): Snippet[];
  /** The organisation library's last good copy (org-worker.ts keeps it), or null. */
  loadOrgLibrary?(): Promise<KeptOrgLibrary | null>;
}

export const PANEL_MESSAGES = {
  notConnected: 'Khung chưa được bật trên trang này. Bấm “Dùng Khung trên trang này” để đọc văn bản.',
  noAnswer: 'Trang chưa trả lời. Hãy tải lại trang (F5) rồi thử lại.',
  noEditor: 'Bấm vào ô soạn thảo trên trang để Khung đọc văn bản.',
  disabled: 'Khung đang tắt trên trang này. Bật lại bằng công tắc ở đầu bảng Khung.',
  noOutline: 'Không tìm thấy đề cương này trong thư viện. Hãy chọn đề cương khác.',
  readOnly: 'Thư viện của bạn do phiên bản Khung mới hơn lưu nên chưa lưu thêm được đề cương.',
} as const;

/** Counts an outline's sections (all depths), for the panel's summary line. */
function sectionCount(list: Outline['sections']): number {
  return list.reduce((n, s) => n + 1 + sectionCount(s.children ?? []), 0);
}

function outlineInfo(outline: Outline, user: boolean, org: boolean): OutlineInfo {
  const { issuer, number } = outline.provenance;
  return {
    id: outline.id,
    title: outline.title,
    user,
    ...(org ? { org } : {}),
    sections: sectionCount(outline.sections),
    ...(issuer === undefined ? {} : { issuer }),
    ...(number === undefined ? {} : { number }),
    parameters: outline.parameters,
  };
}

/** The panel's handlers over `deps`; `handle` answers one validated request. */
export function panelHandlers(deps: PanelDeps) {
  // The library is read once and kept until it changes (`invalidate`, on chrome.storage.onChanged):
  // the live check runs on every pause in typing. The panel's own library request always reads it
  // afresh, so a panel reloading after a change never gets the old one, whatever order the events
  // reach the worker in.
  let cached: Promise<WorkerLibrary> | null = null;
  const library = (fresh = false): Promise<WorkerLibrary> => {
    if (fresh || cached === null)
      cached = buildLibrary(
        deps.builtInOutlines(),
        deps.builtInSnippets(),
        deps.loadUserLibrary,
        deps.loadOrgLibrary,
      );
    return cached;
  };
  const invalidate = (): void => {
    cached = null;
  };

  /** Reads the tab's focused editor; a failure is already the panel's message. */
  async function read(
    tabId: number,
  ): Promise<ReadResult | { ok: false; message: string; needsGrant: boolean }> {
    let reply: unknown;
    try {
      reply = await deps.sendToTab(tabId, { type: 'khung:read' });
    } catch {
      return { ok: false, needsGrant: true, message: PANEL_MESSAGES.notConnected };
    }
    const parsed = ReadResult.safeParse(reply);
    if (!parsed.success) return { ok: false, needsGrant: false, message: PANEL_MESSAGES.noAnswer };
    if (!parsed.data.ok)
      return { ok: false, needsGrant: false, message: parsed.data.message ?? PANEL_MESSAGES.noEditor };
    return parsed.data;
  }

  async function libraryReply(): Promise<LibraryReply> {
    const lib = await library(true);
    // The citation record (`source`) stays here: the panel never shows it, and it is half the bytes.
    const snippets = lib.snippets.map(({ source: _source, ...rest }) => rest);
    return {
      ok: true,
      outlines: lib.outlines.map((o) =>
        outlineInfo(o, lib.userOutlineIds.has(o.id), lib.orgOutlineIds.has(o.id)),
      ),
      snippets,
      warning: lib.warning,
      libraries: { counts: lib.counts, org: lib.org },
    };
  }

  async function check(tabId: number, url: string, outlineId: string): Promise<CheckReply> {
    if (url && !(await deps.isSiteEnabled(url)))
      return { ok: false, needsGrant: false, message: PANEL_MESSAGES.disabled };
    const page = await read(tabId);
    if ('needsGrant' in page) return page;
    const lib = await library();
    const doc = docFromParagraphs({
      paragraphs: page.paragraphs,
      headingLevels: page.headingLevels,
      name: page.url,
    });
    const chosen = outlineId === 'auto' ? 'auto' : (lib.outlines.find((o) => o.id === outlineId) ?? 'auto');
    const view = toCheckView(checkDocument(doc, { outline: chosen, outlines: lib.outlines }));
    return {
      ok: true,
      view,
      editor: page.editor,
      paragraphOfBlock: doc.blocks.map((_, i) => paragraphOfBlock(doc, i)),
    };
  }

  async function skeleton(outlineId: string, params: Record<string, string>): Promise<SkeletonReply> {
    const outline = (await library()).outlines.find((o) => o.id === outlineId);
    if (!outline) return { ok: false, message: PANEL_MESSAGES.noOutline };
    const blocks = renderSkeleton(outline, params);
    return {
      ok: true,
      text: skeletonToLines(blocks),
      html: skeletonToHtml(blocks),
      blocks: blocks.length,
      skeleton: blocks,
    };
  }

  async function derive(tabId: number, name: string): Promise<DeriveReply> {
    const page = await read(tabId);
    if ('needsGrant' in page) return page;
    const user = await deps.loadUserLibrary();
    if (!user.writable) return { ok: false, message: user.warning ?? PANEL_MESSAGES.readOnly };
    // Derived and saved under the library lock, against the library as stored at that moment: an
    // outline saved meanwhile by the options page is neither overwritten nor given the same id.
    const last: { derived?: ReturnType<typeof outlineFromRead> } = {};
    const saved = await updateLibrary(
      { load: deps.loadUserLibrary, save: deps.saveUserLibrary },
      (current) => {
        const taken = [...deps.builtInOutlines(), ...current.outlines].map((o) => o.id);
        const result = outlineFromRead(page, taken, name);
        last.derived = result;
        return result.ok ? upsert(current, 'outlines', result.outline) : { refused: result.message };
      },
    );
    invalidate();
    const { derived } = last;
    if (!saved.ok) return { ok: false, message: saved.message };
    if (!derived?.ok) return { ok: false, message: PANEL_MESSAGES.readOnly };
    const { outline } = derived;
    return {
      ok: true,
      id: outline.id,
      title: outline.title,
      sections: sectionCount(outline.sections),
      ...(derived.warning ? { warning: derived.warning } : {}),
    };
  }

  /** Answers one request the panel sent (already validated against PanelRequest). */
  function handle(request: PanelRequest): Promise<LibraryReply | CheckReply | SkeletonReply | DeriveReply> {
    switch (request.type) {
      case 'khung:bg:library':
        return libraryReply();
      case 'khung:bg:check':
        return check(request.tabId, request.url, request.outline);
      case 'khung:bg:skeleton':
        return skeleton(request.outlineId, request.params);
      case 'khung:bg:derive':
        return derive(request.tabId, request.name);
    }
  }

  /** Reads the library ahead of the panel's first request (the panel is about to open). */
  const warm = (): void => {
    void library().catch(() => undefined);
  };

  /** The combined library's snippets, for expansion while the panel is closed (expand-closed-panel.ts). */
  const snippets = async (): Promise<Snippet[]> => (await library()).snippets;

  return { handle, invalidate, warm, snippets };
}
