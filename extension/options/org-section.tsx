/// <reference path="../shared/e2e-flag.d.ts" />
import { useState } from 'preact/hooks';
import DATA_VERSION from '../../library-version.json';
import { checkLibraryUrl } from '../../shared/core/library/library-url.ts';
import { bundledOutlines, bundledSnippets } from '../../shared/library/bundled.ts';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { askOrg, OrgReply, type OrgSummary } from '../shared/org-library/org-messages.ts';
import { t, formatWhen as when } from './i18n.ts';
import { replyStatus, useOrgLibrary } from './use-org-library.ts';

/** The built-in library's size, counted once. */
const builtIn = { outlines: bundledOutlines().length, snippets: bundledSnippets().length };

/** The library in use, read-only: name, version, where it came from, its hash, and its items. */
function OrgLibraryView({ library }: { library: OrgSummary }) {
  return (
    <div
      class="k-list-item"
      data-testid="org-library"
      data-version={library.version}
      data-hash={library.hash}
    >
      <div class="k-list-main">
        <strong data-testid="org-name">{library.name}</strong> · {t('orgVersion', library.version)}
        <p class="k-muted">
          {library.source === 'managed' ? t('orgFromPolicy') : t('orgFrom', library.url ?? '')} ·{' '}
          {t('orgFetched', when(library.fetchedAt))}
        </p>
        <p class="k-muted">
          {t('orgHash')}: <code data-testid="org-hash">{library.hash}</code>
        </p>
        <details>
          <summary>{t('orgItems', library.outlines.length, library.snippets.length)}</summary>
          <ul data-testid="org-outlines">
            {library.outlines.map((o) => (
              <li key={o.id} data-id={o.id}>
                {o.title}
              </li>
            ))}
          </ul>
          <ul data-testid="org-snippets">
            {library.snippets.map((s) => (
              <li key={s.id} data-id={s.id}>
                {s.label}
              </li>
            ))}
          </ul>
        </details>
        {library.hidden.length > 0 && <p class="k-muted">{t('orgHidden', library.hidden.join(', '))}</p>}
      </div>
    </div>
  );
}

/**
 * "Thư viện của tổ chức": the library the federation publishes, kept up to date by the worker. The
 * officer subscribes to its https address (Chrome asks to allow that one site), refreshes it on
 * demand, or drops it; when IT staff set it by policy, the policy's library is shown and wins.
 */
export function OrgSection({
  setStatus,
  personal,
}: {
  setStatus: (s: Status | null) => void;
  /** The officer's own library's size, for the overview (null while it loads). */
  personal: { outlines: number; snippets: number } | null;
}) {
  const { status, reload } = useOrgLibrary();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (task: () => Promise<OrgReply>) => {
    setBusy(true);
    try {
      setStatus(replyStatus(await task()));
    } finally {
      setBusy(false);
      reload();
    }
  };

  const subscribe = (event: Event) => {
    event.preventDefault();
    const checked = checkLibraryUrl(url, __KHUNG_E2E__);
    if (!checked.ok) return setStatus({ kind: 'error', text: checked.message });
    const origins = [checked.origin];
    // Asked from the click itself: Chrome shows its prompt only for a user's gesture.
    void run(async () => {
      const had = await chrome.permissions.contains({ origins });
      const granted = had || (await chrome.permissions.request({ origins }).catch(() => false));
      if (!granted) return { ok: false, message: t('orgNeedPermission') };
      const reply = await askOrg(
        { type: 'khung:bg:org-subscribe', url: checked.url, grantedForLibrary: !had },
        OrgReply,
      );
      if (reply.ok) setUrl('');
      return reply;
    });
  };

  const managed = status?.managed ?? null;
  // IT's policy may name an address on a site Khung was never allowed to read: the officer allows it.
  const grantManaged = () => {
    const checked = managed?.url ? checkLibraryUrl(managed.url, __KHUNG_E2E__) : null;
    if (!checked?.ok) return;
    void run(async () => {
      const granted = await chrome.permissions.request({ origins: [checked.origin] }).catch(() => false);
      if (!granted) return { ok: false, message: t('orgNeedPermission') };
      return askOrg({ type: 'khung:bg:org-refresh' }, OrgReply);
    });
  };

  const subscribed = status?.subscription?.url ?? null;
  return (
    <section class="k-section" aria-labelledby="libs-heading">
      <h2 id="libs-heading">{t('libsHeading')}</h2>
      <ul class="k-muted" data-testid="libraries">
        <li data-library="builtin">
          {t('libsBuiltIn', builtIn.outlines, builtIn.snippets, DATA_VERSION.version)}
        </li>
        <li data-library="org">
          {status?.library ? t('libsOrg', status.library.name, status.library.version) : t('libsOrgNone')}
        </li>
        <li data-library="personal">{t('libsPersonal', personal?.outlines ?? 0, personal?.snippets ?? 0)}</li>
      </ul>
      <h2 id="org-heading">{t('orgHeading')}</h2>
      <p class="k-muted">{t('orgHint')}</p>
      {managed && (
        <p data-testid="org-managed">{managed.url ? t('orgManagedUrl', managed.url) : t('orgManaged')}</p>
      )}
      {status?.library ? <OrgLibraryView library={status.library} /> : <p class="k-muted">{t('orgNone')}</p>}
      {status?.check && !status.check.ok && (
        <p class="k-error" role="alert" data-testid="org-problem">
          {t('orgLastCheck', when(status.check.at))} {status.check.message}
        </p>
      )}
      <div class="k-row">
        {(managed || subscribed) && (
          <button
            type="button"
            class="k-button"
            id="org-refresh"
            disabled={busy}
            onClick={() => void run(() => askOrg({ type: 'khung:bg:org-refresh' }, OrgReply))}
          >
            {t('orgRefresh')}
          </button>
        )}
        {managed?.url && status?.check?.ok === false && (
          <button type="button" class="k-button" id="org-grant" disabled={busy} onClick={grantManaged}>
            {t('orgGrant')}
          </button>
        )}
        {subscribed && (
          <button
            type="button"
            class="k-button"
            id="org-unsubscribe"
            disabled={busy}
            onClick={() => void run(() => askOrg({ type: 'khung:bg:org-unsubscribe' }, OrgReply))}
          >
            {t('orgUnsubscribe')}
          </button>
        )}
      </div>
      {subscribed && <p class="k-muted">{t('orgSubscribed', subscribed)}</p>}
      {!managed && (
        <form class="k-row" onSubmit={subscribe}>
          <label>
            {t('orgUrl')}{' '}
            <input
              id="org-url"
              type="url"
              size={48}
              placeholder="https://"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
          </label>
          <button type="submit" class="k-button" id="org-subscribe" disabled={busy}>
            {t('orgSubscribe')}
          </button>
        </form>
      )}
    </section>
  );
}
