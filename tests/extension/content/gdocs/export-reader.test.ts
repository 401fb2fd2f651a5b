import { describe, expect, it } from 'vitest';
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

  it('builds the export URL on the same origin, keeping the signed-in account index', () => {
    expect(exportUrl(DOC)).toBe('https://docs.google.com/document/d/1AbC_d-9/export?format=html');
    expect(exportUrl('https://docs.google.com/document/u/1/d/XyZ/edit')).toBe(
      'https://docs.google.com/document/u/1/d/XyZ/export?format=html',
    );
  });
});

describe('fetchExport: telling the failures apart', () => {
  it('sends the session cookies along', async () => {
    const f = fakeFetch(new Response('', { status: 403 }));
    await fetchExport(DOC, f);
    expect(f.calls[0]?.[0]).toBe('https://docs.google.com/document/d/1AbC_d-9/export?format=html');
    expect(f.calls[0]?.[1]).toMatchObject({ credentials: 'include' });
  });

  it.each([
    [401, 'signedOut'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [500, 'network'],
  ] as const)('status %i → %s', async (status, kind) => {
    expect(await fetchExport(DOC, fakeFetch(new Response('', { status })))).toEqual({ ok: false, kind });
  });

  it('a redirect the page may not follow (to the sign-in origin) means signed out', async () => {
    const redirect = new Response(null, {
      status: 302,
      headers: { location: 'https://accounts.google.com/ServiceLogin' },
    });
    expect(await fetchExport(DOC, fakeFetch(new TypeError('Failed to fetch'), redirect))).toEqual({
      ok: false,
      kind: 'signedOut',
    });
  });

  it('a plain network failure is not mistaken for signing out', async () => {
    expect(await fetchExport(DOC, fakeFetch(new TypeError('offline'), new TypeError('offline')))).toEqual({
      ok: false,
      kind: 'network',
    });
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

describe('probeOf', () => {
  it('recognises an insertion by its longest line, whitespace collapsed', () => {
    expect(probeOf('Nơi nhận:\n-  Như   trên;\n- Lưu: VT, VP.')).toBe('- Lưu: VT, VP.');
  });
});
