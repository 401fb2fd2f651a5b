import type { OrgLibrary } from './org-library-schema.ts';
import { compareVersions } from './org-version.ts';
import { readOrgLibrary } from './parse-org-library.ts';

// Taking a new copy of the organisation library, or keeping the last good one. Whatever arrives — a
// daily refresh, a refresh on demand, a policy pushed by IT staff — is checked in full first; a copy
// that fails, or is older than the one in use, is refused and the officer keeps working with the
// copy they had, told why in one sentence.

/** Where the organisation library came from: an address the officer subscribed to, or IT's policy. */
export type OrgSource = 'url' | 'managed';

/** The last good copy of the organisation library on this machine. */
export interface KeptOrgLibrary {
  library: OrgLibrary;
  /** SHA-256 of the file as received, in hex: what the officer compares with the federation's. */
  hash: string;
  source: OrgSource;
  /** The address it was fetched from (absent when IT's policy held the library itself). */
  url?: string | undefined;
  /** When this copy was taken (ISO time). */
  fetchedAt: string;
}

/** A copy just received, before it is checked. */
export interface IncomingOrgLibrary {
  text: string;
  hash: string;
  source: OrgSource;
  url?: string | undefined;
  at: string;
}

/** The outcome: the copy to use now, whether it changed, and what to tell the officer. */
export type OrgUpdate =
  | { ok: true; kept: KeptOrgLibrary; changed: boolean; message: string }
  | { ok: false; kept: KeptOrgLibrary | null; message: string };

const counts = (l: OrgLibrary) => `${l.outlines.length} đề cương, ${l.snippets.length} đoạn mẫu`;

/** A refusal: the reason, then which copy stays in use (or that there is none yet). */
export function keepLastGood(kept: KeptOrgLibrary | null, reason: string): OrgUpdate {
  const stays = kept
    ? ` Khung vẫn dùng bản đang có: “${kept.library.name}”, phiên bản ${kept.library.version}.`
    : ' Máy này chưa có thư viện của tổ chức.';
  return { ok: false, kept, message: `${reason}${stays}` };
}

/** Checks `incoming` and decides: take it, or keep `kept`. */
export function acceptOrgUpdate(kept: KeptOrgLibrary | null, incoming: IncomingOrgLibrary): OrgUpdate {
  const read = readOrgLibrary(incoming.text);
  if (!read.ok) {
    const more = read.errors.length > 1 ? ` (và ${read.errors.length - 1} lỗi khác)` : '';
    return keepLastGood(kept, `Bản thư viện vừa nhận không dùng được: ${read.errors[0]}${more}.`);
  }
  const library = read.library;
  const sameLine =
    kept !== null &&
    kept.source === incoming.source &&
    kept.url === incoming.url &&
    kept.library.id === library.id;
  if (sameLine && compareVersions(library.version, kept.library.version) < 0)
    return keepLastGood(
      kept,
      `Bản vừa nhận (phiên bản ${library.version}) cũ hơn bản đang dùng (phiên bản ${kept.library.version}) nên không thay.`,
    );
  if (kept !== null && sameLine && kept.hash === incoming.hash)
    return {
      ok: true,
      kept,
      changed: false,
      message: `Thư viện “${library.name}” đã là bản mới nhất (phiên bản ${library.version}).`,
    };
  const next: KeptOrgLibrary = {
    library,
    hash: incoming.hash,
    source: incoming.source,
    ...(incoming.url === undefined ? {} : { url: incoming.url }),
    fetchedAt: incoming.at,
  };
  const verb = sameLine ? 'Đã cập nhật' : 'Đã nhận';
  return {
    ok: true,
    kept: next,
    changed: true,
    message: `${verb} thư viện “${library.name}”, phiên bản ${library.version}: ${counts(library)}.`,
  };
}
