import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium.ts';

// Real Chrome policy for the e2e suite. Debian's Chromium (the tests' browser) reads mandatory policy
// from every JSON file in /etc/chromium/policies/managed/ (Google Chrome: /etc/opt/chrome/policies/
// managed/), including each extension's managed storage under "3rdparty" → "extensions" → its id.
// Only root can write there. Chromium watches the folder and reads a changed file again after a few
// seconds; a restart reads it for certain.

/** Where Debian's Chromium reads mandatory policy. */
export const POLICY_DIR = '/etc/chromium/policies/managed';
const PREFIX = 'khung-e2e-';

/** Why the policy tests cannot run on this machine, or null when they can (root writes /etc). */
export function policySkipReason(): string | null {
  if (process.getuid?.() !== 0)
    return `writing Chrome policy needs root (${POLICY_DIR} is the machine's policy folder); CI runs as root`;
  return null;
}

/**
 * The id Chrome gives an extension whose manifest carries `key`: the SHA-256 of the key (DER
 * SubjectPublicKeyInfo), its first 32 hex digits written with the letters a–p for 0–f.
 */
export function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/** The id Chrome gives an unpacked extension loaded without a key: the same digest, of its absolute path. */
export const unpackedIdOf = (dir: string): string => extensionIdOf(Buffer.from(realpathSync(dir), 'utf8'));

/** A copy of a built extension with a fresh manifest key, so its id is known before Chrome loads it. */
export function keyedCopy(dist: string, into: string): { dir: string; id: string } {
  const der = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({
    type: 'spki',
    format: 'der',
  });
  const dir = join(into, 'extension');
  cpSync(dist, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  return { dir, id: extensionIdOf(der) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One policy file of this test run, for one extension id; `remove()` must run in afterAll. */
export interface PolicyFile {
  readonly path: string;
  /** Writes the extension's managed storage (the values managed-schema.json allows). */
  write(values: Record<string, string>): void;
  remove(): void;
}

/** A policy file named after this process; files of runs that died before their cleanup are removed. */
export function policyFile(extensionId: string): PolicyFile {
  mkdirSync(POLICY_DIR, { recursive: true });
  for (const name of readdirSync(POLICY_DIR)) {
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && !alive(pid))
      rmSync(join(POLICY_DIR, name), { force: true });
  }
  const name = `${PREFIX}${process.pid}-${extensionId}.json`;
  const path = join(POLICY_DIR, name);
  // Chromium reads every file of the folder, whenever it changes: the new text is written beside the
  // folder and moved in whole, so Chromium never reads half a file.
  const staging = join(dirname(POLICY_DIR), `.${name}`);
  const remove = () => rmSync(path, { force: true });
  process.once('exit', remove);
  return {
    path,
    write: (values) => {
      const policy = { '3rdparty': { extensions: { [extensionId]: values } } };
      writeFileSync(staging, JSON.stringify(policy, null, 2));
      renameSync(staging, path);
    },
    remove,
  };
}

/** Chromium with some unpacked extensions, on a profile that outlives `close()` (a restart keeps it). */
export interface PolicyBrowser {
  context: BrowserContext;
  /** The service worker of the extension with this id. */
  worker(id: string): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtensions(profile: string, dirs: readonly string[]): Promise<PolicyBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${dirs.join(',')}`,
      `--load-extension=${dirs.join(',')}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = async (id: string): Promise<Worker> => {
    const of = (w: Worker) => new URL(w.url()).host === id;
    return (
      context.serviceWorkers().find(of) ?? (await context.waitForEvent('serviceworker', { predicate: of }))
    );
  };
  return { context, worker, close: () => context.close() };
}

/** A fresh folder for the keyed copy and the profile. */
export const workFolder = () => mkdtempSync(join(tmpdir(), 'khung-policy-'));
