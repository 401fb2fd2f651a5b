import { describe, expect, it } from 'vitest';
import { answerDocsExport, fetchDocsExport } from '../../../../extension/background/docs-export.ts';
import { docsDocumentId, exportUrl } from '../../../../extension/content/gdocs/docs-page.ts';
import {
  DOCS_MESSAGES,
  fetchExport,
  readResultOf,
} from '../../../../extension/content/gdocs/export-reader.ts';
import { probeOf } from '../../../../extension/content/gdocs/text-event-insert.ts';

const DOC = 'https://docs.google.com/document/d/1AbC_d-9/edit?tab=t.0';

/** A fetch that answers from a list, recording the requests. */
function fakeFetch(
  ...answers: Array<Response | Error>
): typeof fetch & { calls: Array<[string, RequestInit | undefined]> } {
  const calls: Array<[string, RequestInit | undefined]> = [];
  const f = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push([String(input), init]);
    const next = answers.shift();
    if (next === undefined || next instanceof Error) throw next ?? new TypeError('Failed to fetch');
    return next;
  }) as typeof fetch & { calls: typeof calls };
  f.calls = calls;
  return f;
}

describe('Docs URLs', () => {
  it('finds the document id, with or without /u/N/, only on docs.google.com', () => {
    expect(docsDocumentId(DOC)).toBe('1AbC_d-9');
    expect(docsDocumentId('https://docs.google.com/document/u/1/d/XyZ/edit')).toBe('XyZ');
    expect(docsDocumentId('https://docs.google.com/spreadsheets/d/XyZ/edit')).toBeNull();
    expect(docsDocumentId('https://evil.example/document/d/XyZ/edit')).toBeNull();
  });

  it('never treats the e2e fixture marker as Docs outside the e2e build', () => {
    expect(docsDocumentId('http://127.0.0.1:5000/document/d/doc-ok/edit?gdocs-fixture')).toBeNull();
  });

  it('builds the export URL on the same origin, keeping the signed-in account index and the document tab', () => {
    expect(exportUrl(DOC)).toBe('https://docs.google.com/document/d/1AbC_d-9/export?format=html&tab=t.0');
    expect(exportUrl('https://docs.google.com/document/u/1/d/XyZ/edit')).toBe(
      'https://docs.google.com/document/u/1/d/XyZ/export?format=html',
    );
    expect(exportUrl('https://docs.google.com/document/d/XyZ/edit?tab=t.k2v9x_Q-1#heading=h.a')).toBe(
      'https://docs.google.com/document/d/XyZ/export?format=html&tab=t.k2v9x_Q-1',
    );
    // Anything else in `tab=` is not passed on.
    expect(exportUrl('https://docs.google.com/document/d/XyZ/edit?tab=x%26format%3Dpdf')).toBe(
      'https://docs.google.com/document/d/XyZ/export?format=html',
    );
  });
});

describe('fetchDocsExport (service worker): telling the failures apart', () => {
  it('sends the session cookies along and follows redirects (to the content domain)', async () => {
    const f = fakeFetch(new Response('', { status: 403 }));
    await fetchDocsExport(DOC, f);
    expect(f.calls[0]?.[0]).toBe('https://docs.google.com/document/d/1AbC_d-9/export?format=html&tab=t.0');
    expect(f.calls[0]?.[1]).toMatchObject({ credentials: 'include', redirect: 'follow' });
  });

  it('answers the export it landed on', async () => {
    expect(await fetchDocsExport(DOC, fakeFetch(new Response('<h1>I. TÌNH HÌNH</h1>')))).toEqual({
      ok: true,
      html: '<h1>I. TÌNH HÌNH</h1>',
    });
  });

  it.each([
    [401, 'signedOut'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [500, 'network'],
  ] as const)('status %i → %s', async (status, kind) => {
    expect(await fetchDocsExport(DOC, fakeFetch(new Response('', { status })))).toEqual({ ok: false, kind });
  });

  it('a redirect the page may not follow (to the sign-in origin) means signed out', async () => {
    const redirect = new Response(null, {
      status: 302,
      headers: { location: 'https://accounts.google.com/ServiceLogin' },
    });
    expect(await fetchDocsExport(DOC, fakeFetch(new TypeError('Failed to fetch'), redirect))).toEqual({
      ok: false,
      kind: 'signedOut',
    });
  });

  it('a plain network failure is not mistaken for signing out', async () => {
    expect(await fetchDocsExport(DOC, fakeFetch(new TypeError('offline'), new TypeError('offline')))).toEqual(
      {
        ok: false,
        kind: 'network',
      },
    );
  });

  it('turns each failure into a Vietnamese message for the panel', () => {
    const read = readResultOf({ ok: false, kind: 'forbidden' }, DOC);
    expect(read).toEqual({
      ok: false,
      editor: 'gdocs',
      paragraphs: [],
      url: DOC,
      message: DOCS_MESSAGES.forbidden,
    });
  });
});

describe('answerDocsExport: only for Khung’s Docs bridge, only its own document', () => {
  const bridge = { id: 'khung', frameId: 0, url: DOC, tab: { id: 7 } };
  const deps = (tabUrl: string | undefined, f = fakeFetch(new Response('<p>x</p>'))) => ({
    selfId: 'khung',
    tabUrl: async () => tabUrl,
    fetcher: f,
  });

  it('reads the export of the document the tab shows now (its current document tab)', async () => {
    const f = fakeFetch(new Response('<p>x</p>'));
    const now = 'https://docs.google.com/document/d/1AbC_d-9/edit?tab=t.second';
    expect(await answerDocsExport({ type: 'khung:docs-export' }, bridge, deps(now, f))).toEqual({
      ok: true,
      html: '<p>x</p>',
    });
    expect(f.calls[0]?.[0]).toBe(
      'https://docs.google.com/document/d/1AbC_d-9/export?format=html&tab=t.second',
    );
  });

  it('keeps to the asking frame’s document when the tab shows another one', async () => {
    const f = fakeFetch(new Response('<p>x</p>'));
    await answerDocsExport(
      { type: 'khung:docs-export' },
      bridge,
      deps('https://docs.google.com/document/d/OTHER/edit', f),
    );
    expect(f.calls[0]?.[0]).toContain('/d/1AbC_d-9/');
  });

  it.each([
    ['another extension', { ...bridge, id: 'evil' }],
    ['a sub-frame', { ...bridge, frameId: 3 }],
    ['a page that is not a Docs document', { ...bridge, url: 'https://evil.example/document/d/1/edit' }],
    ['no tab', { id: 'khung', frameId: 0, url: DOC }],
  ])('ignores %s', (_name, sender) => {
    expect(answerDocsExport({ type: 'khung:docs-export' }, sender, deps(DOC))).toBeNull();
  });

  it('ignores other messages', () => {
    expect(
      answerDocsExport({ type: 'khung:docs-export', url: 'https://x' }, bridge, deps(DOC)),
    ).not.toBeNull();
    expect(answerDocsExport({ type: 'khung:read' }, bridge, deps(DOC))).toBeNull();
  });
});

describe('fetchExport (Docs bridge): the worker’s answer, checked', () => {
  it.each([
    ['no answer', async () => undefined, 'network'],
    ['a malformed answer', async () => ({ ok: true }), 'network'],
    [
      'a thrown error (extension reloaded)',
      async () => Promise.reject(new Error('Receiving end does not exist')),
      'network',
    ],
    ['a refusal', async () => ({ ok: false, kind: 'forbidden' }), 'forbidden'],
  ])('%s', async (_name, ask, kind) => {
    expect(await fetchExport(ask)).toEqual({ ok: false, kind });
  });
});

describe('probeOf', () => {
  it('recognises an insertion by its longest line, whitespace collapsed', () => {
    expect(probeOf('Nơi nhận:\n-  Như   trên;\n- Lưu: VT, VP.')).toBe('- Lưu: VT, VP.');
  });
});
