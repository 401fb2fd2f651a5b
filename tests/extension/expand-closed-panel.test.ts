import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerExpand, type ExpandDeps, formNotice } from '../../extension/background/expand-closed-panel.ts';
import { EXPAND_TRIGGERS_KEY, saveTriggers } from '../../extension/shared/expansion.ts';
import type { Snippet } from '../../shared/core/snippets/snippet-schema.ts';
import { bundledSnippets } from '../../shared/library/bundled.ts';
import { installFakeChrome } from './chrome-storage-fake.ts';

// The worker's answer to a typed trigger while no panel page is open: table of cases over a fake
// Chrome, with the bundled library (";qh" Quốc hiệu has no fields, ";kg" Kính gửi has one).

const SELF = 'khung-extension-id';
const fromPage = { id: SELF, tab: { id: 7 } as chrome.tabs.Tab, frameId: 3 };

interface Run {
  replies: Array<{ ok: boolean }>;
  sent: Array<{ tabId: number; frameId: number; message: object }>;
  notices: string[];
  /** Replies, messages to the frame and notices, in the order the worker made them. */
  order: string[];
  handled: boolean;
}

async function run(
  raw: unknown,
  options: { panelOpen?: boolean; sender?: chrome.runtime.MessageSender; caret?: unknown } = {},
): Promise<Run> {
  const out: Run = { replies: [], sent: [], notices: [], order: [], handled: false };
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const deps: ExpandDeps = {
    panelOpen: async () => options.panelOpen === true,
    snippets: async () => bundledSnippets(),
    sendToFrame: async (tabId, frameId, message) => {
      out.sent.push({ tabId, frameId, message });
      out.order.push((message as { type: string }).type);
      if ((message as { type: string }).type === 'khung:insert') done();
      return (message as { type: string }).type === 'khung:caret'
        ? (options.caret ?? { ok: true, before: 'Đoạn kết. ', after: '' })
        : { ok: true, method: 'execCommand' };
    },
    notice: async (_tab, _frame, text) => {
      out.notices.push(text);
      out.order.push('notice');
      done();
    },
  };
  out.handled = answerExpand(raw, options.sender ?? fromPage, SELF, deps, (a) => {
    out.replies.push(a);
    out.order.push(`reply ${a.ok}`);
    if (!a.ok) done();
  });
  if (out.handled) await Promise.race([finished, new Promise((r) => setTimeout(r, 1000))]);
  // What the worker still does after its answer (a notice after a not-ok reply) runs on promises.
  await new Promise((r) => setTimeout(r, 0));
  return out;
}

const byTrigger = (t: string): Snippet => {
  const s = bundledSnippets().find((x) => x.trigger === t);
  if (!s) throw new Error(`no snippet ${t}`);
  return s;
};

describe('expansion while typing with the panel closed (the worker)', () => {
  it('inserts a snippet without fields over the trigger, in the frame that asked, as a block', async () => {
    const r = await run({ type: 'khung:expand', trigger: ';qh' });
    expect(r.handled).toBe(true);
    expect(r.replies).toEqual([{ ok: true }]);
    expect(r.sent.map((m) => [m.tabId, m.frameId, (m.message as { type: string }).type])).toEqual([
      [7, 3, 'khung:caret'],
      [7, 3, 'khung:insert'],
    ]);
    // A block after text on the caret's line starts its own paragraph (the core's planInsert).
    const text = (r.sent[1]?.message as { text: string } | undefined)?.text ?? '';
    expect(text.startsWith('\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
  });

  it('gives the text as it is when the page cannot tell where its caret is', async () => {
    const r = await run({ type: 'khung:expand', trigger: ';qh' }, { caret: undefined });
    expect(r.replies).toEqual([{ ok: true }]);
    const caretless = await run({ type: 'khung:expand', trigger: ';qh' }, { caret: { ok: false } });
    const text = (caretless.sent[1]?.message as { text: string } | undefined)?.text ?? '';
    expect(text.startsWith('CỘNG HÒA')).toBe(true);
  });

  it('leaves a snippet with fields to the panel: no insert, a notice in the page, the trigger kept', async () => {
    const r = await run({ type: 'khung:expand', trigger: ';kg' });
    expect(r.replies).toEqual([{ ok: false }]);
    // No insert: the one message to the frame is a read, sent after the answer so that the notice
    // shows only once the page has put its caret back after the trigger (the page handles one
    // frame's messages in order).
    expect(r.order).toEqual(['reply false', 'khung:caret', 'notice']);
    expect(r.notices).toEqual([formNotice(byTrigger(';kg'))]);
    expect(r.notices[0]).toContain(';kg');
  });

  it('stays silent while a panel page is open (the panel answers; nothing goes in twice)', async () => {
    const r = await run({ type: 'khung:expand', trigger: ';qh' }, { panelOpen: true });
    expect(r.handled).toBe(true);
    expect(r.replies).toEqual([]);
    expect(r.sent).toEqual([]);
  });

  it.each([['an unknown trigger', { type: 'khung:expand', trigger: ';khongco' }, fromPage, [{ ok: false }]]])(
    'answers not-ok for %s',
    async (_name, raw, sender, replies) => {
      const r = await run(raw, { sender });
      expect(r.replies).toEqual(replies);
      expect(r.sent).toEqual([]);
    },
  );

  it.each([
    ['another extension', { type: 'khung:expand', trigger: ';qh' }, { ...fromPage, id: 'other' }],
    ['a page of no tab', { type: 'khung:expand', trigger: ';qh' }, { id: SELF }],
    ['another message', { type: 'khung:insert', text: 'x' }, fromPage],
    ['a malformed request', { type: 'khung:expand', trigger: 3 }, fromPage],
  ])('ignores %s', async (_name, raw, sender) => {
    const r = await run(raw, { sender: sender as chrome.runtime.MessageSender });
    expect(r.handled).toBe(false);
    expect(r.replies).toEqual([]);
  });
});

describe('the trigger list the content scripts read (written by the worker and by the panel)', () => {
  let fake: ReturnType<typeof installFakeChrome>;
  beforeEach(() => {
    fake = installFakeChrome();
  });
  afterEach(() => fake.uninstall());

  it('holds every trigger of the library, and is written again only when it changed', async () => {
    await saveTriggers(bundledSnippets());
    const triggers = fake.local.data.get(EXPAND_TRIGGERS_KEY) as string[];
    expect(triggers).toEqual(bundledSnippets().flatMap((s) => (s.trigger ? [s.trigger] : [])));
    expect(triggers).toContain(';qh');
    const writes = fake.local.writes;
    await saveTriggers(bundledSnippets());
    expect(fake.local.writes).toBe(writes);
    await saveTriggers([...bundledSnippets(), { trigger: ';moi' }]);
    expect(fake.local.data.get(EXPAND_TRIGGERS_KEY)).toEqual([...triggers, ';moi']);
  });
});
