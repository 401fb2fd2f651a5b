import type { FakeGoogle, FakeParagraph } from '../../playground/document-app/index.ts';
import { CodeJs, fakeWithAddon } from '../../playground/run-code-js.ts';
import { SAMPLE_PARAMS } from '../../playground/samples.ts';
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

/** The server's result for a check (typed loosely; tests also validate with the contract's zod). */
export interface CheckOk {
  ok: true;
  view: CheckView;
  signature: string;
  blocks: number;
}
/** A failed server call. */
export interface Failure {
  ok: false;
  message: string;
}

/** Calls khungCheck and fails the test if it did not succeed. */
export function check(gas: CodeJs, outlineId: string): CheckOk {
  const r = gas.call<CheckOk | Failure>('khungCheck', outlineId);
  if (!r.ok) throw new Error(`khungCheck failed: ${r.message}`);
  return r;
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
