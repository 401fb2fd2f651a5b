import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { DATA_VERSION_FILE, libraryHash, nextVersion, readDataVersion } from './release/data-version.ts';

// `npm run data-version`: after changing outlines/ or snippets/, gives the library a new version.
const root = packageRoot();
const current = readDataVersion(root);
const hash = libraryHash(root);
if (hash === current.contentHash) {
  console.log(`Thư viện không đổi: phiên bản dữ liệu vẫn là ${current.version}.`);
} else {
  const version = nextVersion(current.version, new Date());
  writeFileSync(
    join(root, DATA_VERSION_FILE),
    `${JSON.stringify({ version, contentHash: hash }, null, 2)}\n`,
  );
  console.log(`Phiên bản dữ liệu mới: ${version} (trước: ${current.version}).`);
}
