import { describe, expect, it } from 'vitest';
import { answerSelectBack, type SelectBackRunner } from '../../extension/background/select-back.ts';

// The worker's answer to a content script that asks for Monaco's typed trigger to be selected with
// the editor's own keys (khung:select-back): only this extension's content script in a tab is
// answered, in the frame that asked, with the text the injected keys selected. The keys themselves
// are tested in Monaco (tests/e2e/editors/expansion*.test.ts).

const SELF = 'khung-extension-id';
const fromPage = { id: SELF, tab: { id: 7 } as chrome.tabs.Tab, frameId: 3 };

async function ask(
  raw: unknown,
  sender: chrome.runtime.MessageSender = fromPage,
  result: () => Promise<unknown> = async () => ';qh',
): Promise<{ handled: boolean; runs: number[][]; replies: string[] }> {
  const runs: number[][] = [];
  const replies: string[] = [];
  let answered: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const run: SelectBackRunner = (tabId, frameId, length) => {
    runs.push([tabId, frameId, length]);
    return result();
  };
  const handled = answerSelectBack(raw, sender, SELF, run, (selected) => {
    replies.push(selected);
    answered();
  });
  if (handled) await done;
  return { handled, runs, replies };
}

describe('khung:select-back in the worker', () => {
  it('selects in the frame that asked and answers the selected text', async () => {
    expect(await ask({ type: 'khung:select-back', length: 3 })).toEqual({
      handled: true,
      runs: [[7, 3, 3]],
      replies: [';qh'],
    });
  });

  it('asks the top frame when the sender names no frame, and 0 puts the caret back', async () => {
    const { runs } = await ask(
      { type: 'khung:select-back', length: 0 },
      { id: SELF, tab: { id: 2 } as chrome.tabs.Tab },
    );
    expect(runs).toEqual([[2, 0, 0]]);
  });

  it('never selects forward: a negative length only trims the line, with no key (-1)', async () => {
    expect((await ask({ type: 'khung:select-back', length: -4 })).runs).toEqual([[7, 3, -1]]);
  });

  it('answers nothing selected when the frame refuses the script or returns no text', async () => {
    expect((await ask({ type: 'khung:select-back', length: 2 }, fromPage, async () => 42)).replies).toEqual([
      '',
    ]);
    const refused = async () => Promise.reject(new Error('Cannot access contents of the page'));
    expect((await ask({ type: 'khung:select-back', length: 2 }, fromPage, refused)).replies).toEqual(['']);
  });

  it.each([
    ['another extension', { type: 'khung:select-back', length: 3 }, { ...fromPage, id: 'other' }],
    ['an extension page (no tab)', { type: 'khung:select-back', length: 3 }, { id: SELF }],
    ['another message', { type: 'khung:expand', trigger: ';qh' }, fromPage],
    ['a length that is no whole number', { type: 'khung:select-back', length: 1.5 }, fromPage],
    ['a missing length', { type: 'khung:select-back' }, fromPage],
    ['nothing', null, fromPage],
  ])('leaves %s to other listeners', async (_name, raw, sender) => {
    expect(await ask(raw, sender)).toEqual({ handled: false, runs: [], replies: [] });
  });
});
