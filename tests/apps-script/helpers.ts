import { derivedOutline } from '../../apps-script/sidebar/derive-request.ts';
import { fixMessage, fixRequest } from '../../apps-script/sidebar/fix-request.ts';
import { checkFetched, type LocalCheck } from '../../apps-script/sidebar/local-check.ts';
import type { FakeGoogle, FakeParagraph } from '../../playground/document-app/index.ts';
import { CodeJs, fakeWithAddon } from '../../playground/run-code-js.ts';
import { SAMPLE_PARAMS } from '../../playground/samples.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { CheckView } from '../../shared/core/report/check-view.ts';

/** A fresh fake Google environment with the built Code.js loaded in a bare vm context. */
export function newAddon(options: { name?: string; tabs?: readonly string[] } = {}): {
  fake: FakeGoogle;
  gas: CodeJs;
} {
  const fake = fakeWithAddon(options);
  return { fake, gas: new CodeJs(fake) };
}

/**
 * Replaces the active tab's content with paragraphs: "# x" / "## x" … are Heading 1/2…, "- x" a list
 * item, anything else normal text. Uncounted: it is the test's setup, not the add-on's work.
 */
export function writeLines(fake: FakeGoogle, lines: readonly string[]): FakeParagraph[] {
  const body = fake.doc.body;
  body.children.splice(0, body.children.length);
  const out = lines.map((line) => {
    const m = /^(#{1,6}) (.*)$/.exec(line);
    if (m) return body.addParagraph(m[2] ?? '', { heading: `HEADING${m[1]?.length}` });
    if (line.startsWith('- ')) return body.addParagraph(line.slice(2), { listItem: true });
    return body.addParagraph(line);
  });
  if (out.length === 0) body.addParagraph('');
  return out;
}

/** A check as the sidebar makes it: the server's read, checked by the core (typed loosely). */
export interface CheckOk {
  ok: true;
  view: CheckView;
  signature: string;
  blocks: number;
  /** The sidebar's own check (local-check.ts): what a fix is planned on. */
  local: LocalCheck;
}
/** A failed server call. */
export interface Failure {
  ok: false;
  message: string;
}
/** khungRead's and khungApplyEdits' answer. */
export interface ReadOk {
  ok: true;
  doc: DocModel;
  signature: string;
}

/**
 * Every outline in full, as khungInit gives the sidebar, fetched without a trace: its calls are not
 * counted and the user properties are left as they were (khungInit uses up the menu's start view).
 */
export function library(gas: CodeJs): Outline[] {
  const { log, properties } = gas.fake;
  const counts = new Map(log.counts);
  const total = log.total;
  const data = new Map(properties.data);
  const r = gas.call<{ ok: true; library: Outline[] } | Failure>('khungInit');
  log.counts.clear();
  for (const [k, v] of counts) log.counts.set(k, v);
  log.total = total;
  properties.data.clear();
  for (const [k, v] of data) properties.data.set(k, v);
  if (!r.ok) throw new Error(`khungInit failed: ${r.message}`);
  return r.library;
}

/** Checks `doc` as the sidebar does (local-check.ts), with the outlines khungInit gives. */
function checkAs(gas: CodeJs, read: ReadOk, outlineId: string): CheckOk {
  const local = checkFetched(read.doc, outlineId, library(gas));
  if ('message' in local) throw new Error(local.message);
  return { ok: true, view: local.view, signature: read.signature, blocks: read.doc.blocks.length, local };
}

/** A check as the sidebar makes it: khungRead, then the core on the model it returned; fails the test if the read failed. */
export function check(gas: CodeJs, outlineId: string): CheckOk {
  const r = gas.call<ReadOk | Failure>('khungRead', outlineId);
  if (!r.ok) throw new Error(`khungRead failed: ${r.message}`);
  return checkAs(gas, r, outlineId);
}

/** What a fix gives the sidebar: the server's answer, and the message and re-check the sidebar shows. */
export type Fixed = (CheckOk & { message: string }) | Failure;

/**
 * A fix as the sidebar makes it: the edits planned on its check (fix-request.ts), khungApplyEdits,
 * then the re-check of the document the server read after them.
 */
export function applyFixes(
  gas: CodeJs,
  checked: CheckOk,
  outlineId: string,
  indexes: readonly number[],
): Fixed {
  const request = fixRequest(checked.local, indexes);
  if ('message' in request) return { ok: false, message: request.message };
  const r = gas.call<ReadOk | Failure>('khungApplyEdits', request.edits, request.named);
  if (!r.ok) return r;
  return { ...checkAs(gas, r, outlineId), message: fixMessage(request, r.doc) };
}

/**
 * "Tạo đề cương từ văn bản này" as the sidebar does it: khungRead (without an outline id), the core's
 * derivation on the model (derive-request.ts), then khungSaveDerivedOutline.
 */
export function derive(
  gas: CodeJs,
  name: string,
): (Action & { outline: Outline; warning: string | null }) | Failure {
  const r = gas.call<ReadOk | Failure>('khungRead');
  if (!r.ok) return r;
  const derived = derivedOutline(r.doc, name);
  if ('message' in derived) return { ok: false, message: derived.message };
  const saved = gas.call<Action | Failure>('khungSaveDerivedOutline', derived.outline);
  return saved.ok ? { ...saved, ...derived } : saved;
}

/** A server call that answers with a message. */
export interface Action {
  ok: true;
  message: string;
}

/** The texts of every paragraph of the active tab, tables included (uncounted). */
export const texts = (fake: FakeGoogle) => fake.doc.body.allParagraphs().map((p) => p.plainText());

/** Parameters that fill every blank of a skeleton, so the checker sees a finished frame. */
export const FULL_PARAMS: Readonly<Record<string, string>> = {
  ...SAMPLE_PARAMS,
  vanBanYeuCau: 'Hướng dẫn số 148/HD-CĐVC ngày 09/11/2023 của Ban Thường vụ Công đoàn Viên chức tỉnh',
  capDaiHoi: 'tỉnh lần thứ XIX',
  ky: '6 tháng đầu năm',
};
