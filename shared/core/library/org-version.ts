// The federation numbers its library versions ("2026.3", "5"); a refresh must never swap the copy in
// use for an older one, so versions are compared as numbers, part by part ("2026.10" > "2026.9"),
// a missing part counting as 0 ("2026" = "2026.0").

/** Negative when `a` comes before `b`, 0 when they are the same version, positive after. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The version after `version`: its last number plus one ("2026.3" → "2026.4", "5" → "6"). */
export function nextVersion(version: string): string {
  const parts = version.split('.');
  const last = Number(parts.pop() ?? '0');
  return [...parts, String(last + 1)].join('.');
}
