import { useEffect, useState } from 'preact/hooks';
import type { Status } from '../../shared/ui/status-bar.tsx';
import { disabledSites, SITE_SWITCH_KEY, setSiteEnabled } from '../shared/site-switch.ts';
import { t } from './i18n.ts';

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The per-site switch: the sites where Khung is off, switch one on again, or switch a host off. */
export function SiteSection({ setStatus }: { setStatus: (s: Status | null) => void }) {
  const [sites, setSites] = useState<string[]>([]);
  const [host, setHost] = useState('');

  useEffect(() => {
    const load = () => void disabledSites().then(setSites);
    load();
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>) => {
      if (SITE_SWITCH_KEY in changes) load();
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, []);

  const disable = async (event: Event) => {
    event.preventDefault();
    const name = host
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/[/:].*$/, '');
    if (!HOST.test(name)) return setStatus({ kind: 'error', text: t('sitesBadHost') });
    await setSiteEnabled(`https://${name}/`, false);
    setHost('');
  };

  return (
    <section class="k-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p class="k-muted">{t('sitesHint')}</p>
      {sites.length === 0 ? (
        <p class="k-muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="k-list" data-testid="site-list">
          {sites.map((site) => (
            <li key={site} class="k-list-item">
              <span class="k-list-main">{site}</span>
              <button
                type="button"
                class="k-button"
                onClick={() => void setSiteEnabled(`https://${site}/`, true)}
              >
                {t('sitesEnable')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="k-row" onSubmit={disable}>
        <label>
          {t('sitesHost')}{' '}
          <input id="site-host" value={host} onInput={(e) => setHost(e.currentTarget.value)} />
        </label>
        <button type="submit" class="k-button" id="site-disable">
          {t('sitesDisable')}
        </button>
      </form>
    </section>
  );
}
