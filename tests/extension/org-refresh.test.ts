import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FetchedLibrary } from '../../extension/background/org-fetch.ts';
import {
  type ManagedPolicy,
  type OrgDeps,
  refreshOrgLibrary,
  subscribeOrgLibrary,
  unsubscribeOrgLibrary,
} from '../../extension/background/org-refresh.ts';
import { orgStatus } from '../../extension/background/org-status.ts';
import { libraryOnlyOrigin, loadOrgState, ORG_KEYS } from '../../extension/shared/org-library/org-store.ts';
import { libraryText, orgLibrary } from '../shared/core/library/org-fixtures.ts';
import { FakeStorageArea } from './chrome-storage-fake.ts';

// The worker's upkeep of the organisation library, with Chrome's storage, the policy and the network
// faked: subscribe, refresh, a bad update keeping the last good copy, IT's policy winning, unsubscribe.

const URL_A = 'https://ldld.example.vn/khung/thu-vien.json';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let local: FakeStorageArea;
let policy: ManagedPolicy;
let served: Record<string, FetchedLibrary>;
let fetched: string[];
let deps: OrgDeps;

/** The federation publishes `text` at `url`. */
const publish = (url: string, text: string) => {
  served[url] = { ok: true, text, hash: sha(text) };
};

beforeEach(() => {
  local = new FakeStorageArea('local', false);
  policy = {};
  served = {};
  fetched = [];
  let clock = Date.parse('2026-03-01T08:00:00Z');
  deps = {
    local,
    managed: async () => policy,
    fetchLibrary: async (url) => {
      fetched.push(url);
      return (
        served[url] ?? {
          ok: false,
          message: 'Máy chủ của tổ chức trả lời lỗi 404 (không có tệp ở địa chỉ này).',
        }
      );
    },
    sha256: async (text) => sha(text),
    now: () => {
      clock += 60_000;
      return new Date(clock);
    },
    allowLoopbackHttp: false,
  };
});

describe('subscribing and refreshing', () => {
  it('subscribes, fetches, keeps the library with its hash, and records the check', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    const reply = await subscribeOrgLibrary(deps, URL_A, true);
    expect(reply).toEqual({
      ok: true,
      message: 'Đã nhận thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.1: 2 đề cương, 2 đoạn mẫu.',
    });
    const state = await loadOrgState(local);
    expect(state.subscription).toEqual({
      url: URL_A,
      origin: 'https://ldld.example.vn/*',
      grantedForLibrary: true,
    });
    expect(state.kept).toMatchObject({
      source: 'url',
      url: URL_A,
      hash: served[URL_A]?.ok && served[URL_A].hash,
    });
    expect(state.check).toMatchObject({ ok: true });
    expect(await libraryOnlyOrigin(local)).toBe('https://ldld.example.vn/*');
  });

  it('picks up a new version on refresh, and keeps the last good copy when the next one is broken', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await subscribeOrgLibrary(deps, URL_A, false);
    publish(URL_A, libraryText(orgLibrary('2026.2')));
    expect((await refreshOrgLibrary(deps)).message).toContain(
      'Đã cập nhật thư viện “LĐLĐ tỉnh Thử”, phiên bản 2026.2',
    );
    const good = (await loadOrgState(local)).kept;
    publish(URL_A, '{"kind": "khung-org-library", "schemaVersion": 1, "outlines": [');
    const bad = await refreshOrgLibrary(deps);
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('Bản thư viện vừa nhận không dùng được');
    expect(bad.message).toContain('Khung vẫn dùng bản đang có: “LĐLĐ tỉnh Thử”, phiên bản 2026.2.');
    const after = await loadOrgState(local);
    expect(after.kept).toEqual(good);
    expect(after.check).toMatchObject({ ok: false, message: bad.message });
  });

  it('keeps the last good copy when the server fails, and says so', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await subscribeOrgLibrary(deps, URL_A, false);
    delete served[URL_A];
    const reply = await refreshOrgLibrary(deps);
    expect(reply.message).toBe(
      'Máy chủ của tổ chức trả lời lỗi 404 (không có tệp ở địa chỉ này). Khung vẫn dùng bản đang có: “LĐLĐ tỉnh Thử”, phiên bản 2026.1.',
    );
    expect((await loadOrgState(local)).kept?.library.version).toBe('2026.1');
  });

  it('refuses a plain-http address without storing it (the worker checks what the page sent)', async () => {
    const reply = await subscribeOrgLibrary(deps, 'http://ldld.example.vn/thu-vien.json', false);
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('https://');
    expect((await loadOrgState(local)).subscription).toBeNull();
    expect(fetched).toEqual([]);
  });

  it('runs refreshes one after another, never two at once', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await local.set({
      [ORG_KEYS.subscription]: { url: URL_A, origin: 'https://ldld.example.vn/*', grantedForLibrary: false },
    });
    let inFlight = 0;
    let most = 0;
    const slow = deps.fetchLibrary;
    deps.fetchLibrary = async (url) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return slow(url);
    };
    await Promise.all([refreshOrgLibrary(deps), refreshOrgLibrary(deps), refreshOrgLibrary(deps)]);
    expect(most).toBe(1);
  });
});

describe('IT’s policy (chrome.storage.managed)', () => {
  it('uses the library the policy holds, over the officer’s subscription', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await subscribeOrgLibrary(deps, URL_A, false);
    policy = { library: libraryText(orgLibrary('7', { id: 'cd-nganh', name: 'Công đoàn ngành Thử' })) };
    const reply = await refreshOrgLibrary(deps);
    expect(reply.message).toContain('Đã nhận thư viện “Công đoàn ngành Thử”, phiên bản 7');
    const { kept } = await loadOrgState(local);
    expect(kept).toMatchObject({ source: 'managed', hash: sha(policy.library ?? '') });
    expect(kept?.url).toBeUndefined();
  });

  it('fetches the address the policy names, and says the officer’s subscription is overridden', async () => {
    const URL_B = 'https://it.example.vn/thu-vien.json';
    publish(URL_B, libraryText(orgLibrary('3')));
    policy = { libraryUrl: URL_B };
    publish(URL_A, libraryText(orgLibrary('9')));
    const reply = await subscribeOrgLibrary(deps, URL_A, false);
    expect(reply.message).toMatch(/^Đã lưu địa chỉ, nhưng bộ phận CNTT đã cài thư viện cho máy này/);
    expect(fetched).toEqual([URL_B]);
    expect((await loadOrgState(local)).kept).toMatchObject({ source: 'managed', url: URL_B });
  });

  it('keeps the last good copy when the policy pushes a broken library', async () => {
    policy = { library: libraryText(orgLibrary('1')) };
    await refreshOrgLibrary(deps);
    policy = { library: '{ not json' };
    const reply = await refreshOrgLibrary(deps);
    expect(reply.ok).toBe(false);
    expect((await loadOrgState(local)).kept?.library.version).toBe('1');
  });

  it('drops the copy once neither a policy nor a subscription names a library', async () => {
    policy = { library: libraryText(orgLibrary('1')) };
    await refreshOrgLibrary(deps);
    policy = { library: '   ' };
    const reply = await refreshOrgLibrary(deps);
    expect(reply.message).toContain('Chưa có thư viện của tổ chức');
    expect((await loadOrgState(local)).kept).toBeNull();
  });
});

describe('unsubscribing', () => {
  it('drops the subscription and its copy, and gives back a permission asked for the library alone', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await subscribeOrgLibrary(deps, URL_A, true);
    const reply = await unsubscribeOrgLibrary(deps);
    expect(reply).toMatchObject({ ok: true, origin: 'https://ldld.example.vn/*' });
    expect(reply.message).toMatch(/^Đã huỷ đăng ký thư viện của tổ chức\./);
    const state = await loadOrgState(local);
    expect(state.subscription).toBeNull();
    expect(state.kept).toBeNull();
  });

  it('keeps a permission the officer had given before for using Khung on that site', async () => {
    publish(URL_A, libraryText(orgLibrary('2026.1')));
    await subscribeOrgLibrary(deps, URL_A, false);
    expect(await libraryOnlyOrigin(local)).toBeNull();
    expect((await unsubscribeOrgLibrary(deps)).origin).toBeNull();
  });
});

describe('orgStatus', () => {
  it('lists the library read-only, with the outlines a built-in outline hides', async () => {
    const library = orgLibrary('2026.1');
    publish(URL_A, libraryText(library));
    await subscribeOrgLibrary(deps, URL_A, false);
    const status = await orgStatus(deps, new Set(['ldld-thu-ke-hoach']));
    expect(status).toMatchObject({
      managed: null,
      subscription: { url: URL_A },
      library: {
        name: 'LĐLĐ tỉnh Thử',
        version: '2026.1',
        source: 'url',
        url: URL_A,
        hidden: ['ldld-thu-ke-hoach'],
        snippets: [
          { id: 'ldld-thu-noi-nhan', label: 'Đoạn ldld-thu-noi-nhan' },
          { id: 'ldld-thu-chu-ky', label: 'Đoạn ldld-thu-chu-ky' },
        ],
      },
      check: { ok: true },
    });
  });

  it('names the policy: an address, or the library itself', async () => {
    policy = { libraryUrl: 'https://it.example.vn/x.json' };
    expect((await orgStatus(deps, new Set())).managed).toEqual({
      url: 'https://it.example.vn/x.json',
      inline: false,
    });
    policy = { library: '{}' };
    expect((await orgStatus(deps, new Set())).managed).toEqual({ url: null, inline: true });
  });

  it('reads a damaged stored copy as none (it is fetched again), never throws', async () => {
    await local.set({ [ORG_KEYS.kept]: { library: { kind: 'x' }, hash: 1 } });
    expect((await orgStatus(deps, new Set())).library).toBeNull();
  });
});
