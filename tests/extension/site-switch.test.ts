import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRestrictedUrl, originPattern } from '../../extension/shared/ensure-content.ts';
import {
  disabledSites,
  isSiteEnabled,
  onSiteSwitchChange,
  SITE_SWITCH_KEY,
  setSiteEnabled,
} from '../../extension/shared/site-switch.ts';
import { installFakeChrome } from './chrome-storage-fake.ts';

describe('site switch', () => {
  let fake: ReturnType<typeof installFakeChrome>;
  beforeEach(() => {
    fake = installFakeChrome();
  });
  afterEach(() => fake.uninstall());

  it('is on by default, off per host once switched, and on again', async () => {
    const page = 'https://soanthao.tinh.gov.vn/van-ban/1';
    expect(await isSiteEnabled(page)).toBe(true);
    await setSiteEnabled(page, false);
    expect(await isSiteEnabled('https://soanthao.tinh.gov.vn/khac')).toBe(false);
    expect(await isSiteEnabled('https://mail.google.com/')).toBe(true);
    expect(await disabledSites()).toEqual(['soanthao.tinh.gov.vn']);
    await setSiteEnabled(page, true);
    expect(await isSiteEnabled(page)).toBe(true);
  });

  it('tells a listener about its own site only, and ignores a corrupted value', async () => {
    const seen: boolean[] = [];
    const stop = onSiteSwitchChange('https://a.vn/x', (on) => seen.push(on));
    await setSiteEnabled('https://a.vn/', false);
    await setSiteEnabled('https://a.vn/', true);
    stop();
    await setSiteEnabled('https://a.vn/', false);
    expect(seen).toEqual([false, true]);
    fake.local.data.set(SITE_SWITCH_KEY, 'a.vn');
    expect(await isSiteEnabled('https://a.vn/')).toBe(true);
  });

  it('does not switch non-web pages', async () => {
    expect(await setSiteEnabled('chrome://extensions', false)).toBe(false);
  });
});

describe('ensure-content helpers', () => {
  it.each([
    ['chrome://extensions/', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['file:///tmp/a.html', true],
    ['https://docs.google.com/document/d/1/edit', false],
    ['http://127.0.0.1:8080/a', false],
  ])('isRestrictedUrl(%s) = %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });

  it('asks for one site, without the port or path', () => {
    expect(originPattern('https://soanthao.tinh.gov.vn:8443/a?b')).toBe('https://soanthao.tinh.gov.vn/*');
    expect(originPattern('ftp://x/')).toBeNull();
    expect(originPattern('không phải URL')).toBeNull();
  });
});
