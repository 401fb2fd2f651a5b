/** Debian's Chromium, which the tests drive through playwright-core (no browser is ever downloaded). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags every test browser starts with: no sandbox (CI runs as root), no GPU, and none of the
 * background connections this machine's closed network would refuse at every start.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
