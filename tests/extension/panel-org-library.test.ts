import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromePanelDeps } from '../../extension/background/chrome-panel-deps.ts';
import { panelHandlers } from '../../extension/background/panel-handlers.ts';
import { LibraryReply, SkeletonReply } from '../../extension/shared/background-messages.ts';
import { saveUserLibrary } from '../../extension/shared/library-storage.ts';
import { ORG_KEYS } from '../../extension/shared/org-library/org-store.ts';
import { orgLibrary, orgOutline, orgSnippet } from '../shared/core/library/org-fixtures.ts';
import { installFakeChrome } from './chrome-storage-fake.ts';

// The side panel's library with an organisation library kept on the machine: three libraries, the
// organisation's outlines marked and usable, the officer's own items winning where ids collide, and
// the organisation named with its version — parsed with the panel's own zod/mini schema.

let chromeFake: ReturnType<typeof installFakeChrome>;
beforeEach(() => {
  chromeFake = installFakeChrome();
});
afterEach(() => chromeFake.uninstall());

const keep = (library = orgLibrary('2026.2')) =>
  chromeFake.local.set({
    [ORG_KEYS.kept]: {
      library,
      hash: 'ab'.repeat(32),
      source: 'url',
      url: 'https://x.vn/a.json',
      fetchedAt: '2026-03-01T00:00:00Z',
    },
  });

async function panelLibrary() {
  const reply = LibraryReply.safeParse(
    await panelHandlers(chromePanelDeps()).handle({ type: 'khung:bg:library' }),
  );
  expect(reply.success).toBe(true);
  return reply.data as LibraryReply;
}

describe('the panel’s three libraries', () => {
  it('names the organisation and its version, and counts each library', async () => {
    await keep();
    const reply = await panelLibrary();
    expect(reply.libraries.org).toEqual({ name: 'LĐLĐ tỉnh Thử', version: '2026.2', hash: 'ab'.repeat(32) });
    expect(reply.libraries.counts.org).toEqual({ outlines: 2, snippets: 2 });
    expect(reply.libraries.counts.personal).toEqual({ outlines: 0, snippets: 0 });
    expect(reply.libraries.counts.builtin.outlines).toBeGreaterThan(10);
    const org = reply.outlines.filter((o) => o.org);
    expect(org.map((o) => o.id)).toEqual(['ldld-thu-bao-cao', 'ldld-thu-ke-hoach']);
    expect(org.every((o) => !o.user)).toBe(true);
  });

  it('lets the officer’s own outline and snippet win over the organisation’s of the same id', async () => {
    await keep();
    await saveUserLibrary({
      schemaVersion: 2,
      snippets: [orgSnippet('ldld-thu-noi-nhan', 'Nơi nhận của tôi')],
      outlines: [orgOutline('ldld-thu-ke-hoach', 'Kế hoạch của tôi')],
    });
    const reply = await panelLibrary();
    expect(reply.snippets.find((s) => s.id === 'ldld-thu-noi-nhan')?.body).toBe('Nơi nhận của tôi');
    expect(reply.snippets.filter((s) => s.id === 'ldld-thu-noi-nhan')).toHaveLength(1);
    const keHoach = reply.outlines.filter((o) => o.id === 'ldld-thu-ke-hoach');
    expect(keHoach).toEqual([expect.objectContaining({ title: 'Kế hoạch của tôi', user: true })]);
    expect(reply.libraries.counts.org).toEqual({ outlines: 1, snippets: 1 });
  });

  it('renders the skeleton of an organisation outline', async () => {
    await keep();
    const reply = SkeletonReply.parse(
      await panelHandlers(chromePanelDeps()).handle({
        type: 'khung:bg:skeleton',
        outlineId: 'ldld-thu-ke-hoach',
        params: {},
      }),
    );
    expect(reply.ok && reply.text).toContain('I. TÌNH HÌNH');
  });

  it('is the two-library panel when the machine has no organisation library', async () => {
    const reply = await panelLibrary();
    expect(reply.libraries.org).toBeNull();
    expect(reply.outlines.some((o) => o.org)).toBe(false);
  });
});
