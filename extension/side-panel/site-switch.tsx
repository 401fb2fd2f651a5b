import { useEffect, useState } from 'preact/hooks';
import './site-switch.css';
import { isExpansionOn, onExpansionChange, setExpansionOn } from '../shared/expansion.ts';
import { isSiteEnabled, onSiteSwitchChange, setSiteEnabled, siteOf } from '../shared/site-switch.ts';
import { findTargetTab, fixedTargetUrl } from './target-tab.ts';

/** The per-site switch's state for the target tab: its site (null on non-web pages) and on/off. */
export function useSiteSwitch(): { url: string; site: string | null; enabled: boolean } {
  const [url, setUrl] = useState('');
  const [enabled, setEnabled] = useState(true);
  useEffect(() => {
    const find = () => void findTargetTab().then((tab) => setUrl(tab?.url ?? ''));
    find();
    const onActivated = () => {
      if (!fixedTargetUrl()) find();
    };
    const onUpdated = (_: number, info: { url?: string; status?: string }) => {
      if (info.url !== undefined || info.status === 'complete') find();
    };
    chrome.tabs.onActivated.addListener(onActivated);
    chrome.tabs.onUpdated.addListener(onUpdated);
    return () => {
      chrome.tabs.onActivated.removeListener(onActivated);
      chrome.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  useEffect(() => {
    if (!url) return;
    void isSiteEnabled(url).then(setEnabled);
    // The options page (or this switch) changed it: follow at once.
    return onSiteSwitchChange(url, setEnabled);
  }, [url]);
  return { url, site: siteOf(url), enabled };
}

/**
 * The per-site on/off switch: off, Khung neither reads nor inserts on that site. Shown
 * only for web pages (a browser page has no site to switch).
 */
export function SiteSwitch(props: { url: string; site: string | null; enabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [expanding, setExpanding] = useState(false);
  useEffect(() => {
    if (!props.url) return;
    const read = () => void isExpansionOn(props.url).then(setExpanding);
    read();
    return onExpansionChange(read);
  }, [props.url]);
  if (props.site === null) return null;
  const toggle = async () => {
    setBusy(true);
    await setSiteEnabled(props.url, !props.enabled).catch(() => false);
    setBusy(false);
  };
  return (
    <>
      <label class="k-site-switch" data-testid="site-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={props.enabled}
          id="k-site-switch"
          checked={props.enabled}
          disabled={busy}
          onChange={() => void toggle()}
        />
        <span>
          {props.enabled ? 'Khung đang bật trên ' : 'Khung đang tắt trên '}
          <strong>{props.site}</strong>
        </span>
      </label>
      {props.enabled && (
        // Off until the officer turns it on, per site (extension/shared/expansion.ts).
        <label class="k-site-switch" data-testid="expand-switch">
          <input
            type="checkbox"
            id="k-expand-switch"
            checked={expanding}
            onChange={() => void setExpansionOn(props.url, !expanding)}
          />
          <span>Gõ tắt: gõ mã của đoạn mẫu (ví dụ ;nn) để chèn đoạn mẫu đó</span>
        </label>
      )}
    </>
  );
}
