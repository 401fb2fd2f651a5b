import { isSiteEnabled, onSiteSwitchChange } from '../shared/site-switch.ts';

// The per-site switch as the content script sees it: read once at start and kept current from
// storage, so message handling stays synchronous. Until storage answers (a few ms) Khung counts as on.
let enabled = true;

/** Starts following the switch of this page's site. */
export function followSiteSwitch(): void {
  isSiteEnabled(location.href).then(
    (on) => {
      enabled = on;
    },
    () => {},
  );
  onSiteSwitchChange(location.href, (on) => {
    enabled = on;
  });
}

/** False when the user switched Khung off on this site: then it neither reads, inserts nor watches. */
export function siteEnabled(): boolean {
  return enabled;
}

/** What Khung answers on a site the user switched it off on. */
export const SITE_OFF_MESSAGE =
  'Khung đang tắt trên trang này. Bật lại trong bảng Khung hoặc trang Tuỳ chọn.';
