import type { CDPSession } from 'playwright-core';
import type { EditorSession } from './editor-session.ts';

/** The real Chrome side panel of the fixture's window, driven over raw CDP (Playwright does not list it). */
export interface RealSidePanel {
  /** Evaluates an async expression in the side panel's page and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Opens the real side panel the way a user does — a click in an extension page calling
 * chrome.sidePanel.open (it needs a user gesture, HOSTS.md §4) — then attaches to it over CDP
 * (TOOLCHAIN.md §4: Target.getTargets, attachToTarget with flatten:false, sendMessageToTarget).
 */
export async function openRealSidePanel(s: EditorSession): Promise<RealSidePanel> {
  await s.panel.bringToFront();
  await s.panel.evaluate(() => {
    const button = document.createElement('button');
    button.id = '__open-side-panel';
    button.textContent = 'Mở bảng bên';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;width:120px;height:40px';
    button.onclick = () => {
      void chrome.windows.getCurrent().then((win) => {
        if (win.id !== undefined) void chrome.sidePanel.open({ windowId: win.id });
      });
    };
    document.body.append(button);
  });
  await s.panel.click('#__open-side-panel');
  await s.page.bringToFront();
  const cdp: CDPSession = await s.browser.context.newCDPSession(s.page);
  const own = (await (await s.browser.context.newCDPSession(s.panel)).send('Target.getTargetInfo')) as {
    targetInfo: TargetInfo;
  };
  let side: TargetInfo | undefined;
  for (let i = 0; i < 50 && !side; i++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    side = targetInfos.find(
      (t) => t.type === 'page' && t.url.includes('side-panel') && t.targetId !== own.targetInfo.targetId,
    );
    if (!side) await s.page.waitForTimeout(100);
  }
  if (!side) throw new Error('the side panel did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: side.targetId,
    flatten: false,
  })) as {
    sessionId: string;
  };
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply.result?.result?.value);
  });
  let nextId = 1;
  return {
    evaluate: <T>(expression: string) =>
      new Promise<T>((resolve) => {
        const id = nextId++;
        pending.set(id, (value) => resolve(value as T));
        const params = { expression, awaitPromise: true, returnByValue: true };
        void cdp.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
        });
      }),
  };
}
