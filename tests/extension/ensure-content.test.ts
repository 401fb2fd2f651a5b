import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureContentScript, MESSAGES } from '../../extension/shared/ensure-content.ts';
import { SITE_SWITCH_KEY } from '../../extension/shared/site-switch.ts';
import { installFakeChrome } from './chrome-storage-fake.ts';

// ensureContentScript against a scripted chrome.tabs / permissions / scripting: which step refuses,
// what is asked for, and that the content script files come from the manifest.

type World = {
  url: string | undefined;
  contentPresent: boolean;
  granted: string[];
  userSays: boolean;
  injectFails: boolean;
  requests: string[][];
  injected: Array<{ tabId: number; allFrames: boolean | undefined; files: string[] }>;
};

let world: World;
let storage: ReturnType<typeof installFakeChrome>;

beforeEach(() => {
  storage = installFakeChrome();
  world = {
    url: 'https://soanthao.tinh.gov.vn/vb/1',
    contentPresent: false,
    granted: [],
    userSays: true,
    injectFails: false,
    requests: [],
    injected: [],
  };
  const g = globalThis as unknown as { chrome: Record<string, unknown> };
  Object.assign(g.chrome, {
    tabs: {
      get: async (id: number) => (id === 7 ? { id, url: world.url } : Promise.reject(new Error('No tab'))),
      sendMessage: async (_id: number, message: { type: string }) => {
        if (!world.contentPresent)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return message.type === 'khung:ping' ? { ok: true } : undefined;
      },
    },
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => world.granted.includes(o)),
      request: async ({ origins }: { origins: string[] }) => {
        world.requests.push(origins);
        if (world.userSays) world.granted.push(...origins);
        return world.userSays;
      },
    },
    scripting: {
      executeScript: async ({
        target,
        files,
      }: {
        target: { tabId: number; allFrames?: boolean };
        files: string[];
      }) => {
        if (world.injectFails) throw new Error('Cannot access contents of the page');
        world.injected.push({ tabId: target.tabId, allFrames: target.allFrames, files });
        world.contentPresent = true;
        return [];
      },
    },
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['extension/content/index.js'] }] }) },
  });
});
afterEach(() => storage.uninstall());

describe('ensureContentScript', () => {
  it('does nothing more when the content script answers the ping', async () => {
    world.contentPresent = true;
    expect(await ensureContentScript(7)).toEqual({ ok: true });
    expect(world.requests).toEqual([]);
    expect(world.injected).toEqual([]);
  });

  it('asks for this one site only, then injects the manifest content script into every frame', async () => {
    expect(await ensureContentScript(7)).toEqual({ ok: true });
    expect(world.requests).toEqual([['https://soanthao.tinh.gov.vn/*']]);
    expect(world.injected).toEqual([{ tabId: 7, allFrames: true, files: ['extension/content/index.js'] }]);
  });

  it('does not ask again for a site already granted', async () => {
    world.granted = ['https://soanthao.tinh.gov.vn/*'];
    expect(await ensureContentScript(7)).toEqual({ ok: true });
    expect(world.requests).toEqual([]);
    expect(world.injected).toHaveLength(1);
  });

  it.each([
    [
      'the user refuses',
      () => {
        world.userSays = false;
      },
      MESSAGES.refused,
    ],
    [
      'a browser page',
      () => {
        world.url = 'chrome://settings/';
      },
      MESSAGES.restricted,
    ],
    [
      'the Web Store',
      () => {
        world.url = 'https://chromewebstore.google.com/detail/x';
      },
      MESSAGES.restricted,
    ],
    [
      'the address is hidden (no access yet)',
      () => {
        world.url = undefined;
      },
      MESSAGES.noUrl,
    ],
    [
      'injection fails',
      () => {
        world.injectFails = true;
      },
      MESSAGES.injectFailed,
    ],
  ])('explains in Vietnamese when %s, without injecting', async (_name, arrange, message) => {
    arrange();
    expect(await ensureContentScript(7)).toEqual({ ok: false, message });
    expect(world.contentPresent).toBe(false);
  });

  it('respects the per-site switch before anything else', async () => {
    storage.local.data.set(SITE_SWITCH_KEY, ['soanthao.tinh.gov.vn']);
    world.contentPresent = true;
    expect(await ensureContentScript(7)).toEqual({ ok: false, message: MESSAGES.disabled });
  });

  it('says so when the tab is gone', async () => {
    expect(await ensureContentScript(99)).toEqual({ ok: false, message: MESSAGES.noTab });
  });
});
