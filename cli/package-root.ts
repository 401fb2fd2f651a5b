import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of Khung's own package.json, found from this file whether run from source or from dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"khung"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('không tìm thấy thư mục cài đặt của khung');
    dir = up;
  }
}

/** Khung's version from package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
