import { describe, expect, it } from 'vitest';
import { answerPanel, fromKhungPage } from '../../extension/background/answer-panel.ts';
import type { PanelRequest } from '../../extension/shared/background-messages.ts';

// The worker's door for the side panel: only Khung's own pages, only valid requests (zod), and a
// handler that fails still answers in Vietnamese.

const self = { id: 'khungid', baseUrl: 'chrome-extension://khungid/' };
const panelPage = { id: 'khungid', url: 'chrome-extension://khungid/extension/side-panel/index.html' };
const handled: PanelRequest[] = [];
const handlers = {
  handle: async (request: PanelRequest) => {
    handled.push(request);
    if (request.type === 'khung:bg:skeleton') throw new Error('boom');
    return { ok: true as const, id: 'u-x', title: 'X', sections: 1 };
  },
};

describe('answerPanel', () => {
  it('answers a valid request from the panel', async () => {
    const request = { type: 'khung:bg:derive', tabId: 4, name: 'Trang' };
    expect(await answerPanel(request, panelPage, self, handlers)).toEqual({
      ok: true,
      id: 'u-x',
      title: 'X',
      sections: 1,
    });
    expect(handled.at(-1)).toEqual(request);
  });

  it('ignores web pages, other extensions and malformed requests', () => {
    const count = handled.length;
    const check = { type: 'khung:bg:check', tabId: 1, url: 'https://a.vn/', outline: 'auto' };
    expect(answerPanel(check, { id: 'khungid', url: 'https://a.vn/' }, self, handlers)).toBeNull();
    expect(
      answerPanel(check, { id: 'other', url: 'chrome-extension://other/x.html' }, self, handlers),
    ).toBeNull();
    expect(answerPanel({ ...check, tabId: '1' }, panelPage, self, handlers)).toBeNull();
    expect(answerPanel({ type: 'khung:bg:status' }, panelPage, self, handlers)).toBeNull();
    expect(handled.length).toBe(count);
    expect(
      fromKhungPage({ id: 'khungid', url: 'chrome-extension://khungid/extension/options/index.html' }, self),
    ).toBe(true);
  });

  it('turns a failing handler into a Vietnamese message', async () => {
    const reply = await answerPanel(
      { type: 'khung:bg:skeleton', outlineId: 'x', params: {} },
      panelPage,
      self,
      handlers,
    );
    expect(reply).toEqual({ ok: false, message: 'Khung gặp lỗi khi xử lý. Hãy thử lại.' });
  });
});
