import { join, relative } from 'node:path';
import { packageRoot } from '../cli/package-root.ts';
import { makeRelease } from './release/make-release.ts';

// `npm run package [-- --sourcemap]`: the store-ready zips in dist/release/ (docs/release.md).
const root = packageRoot();
try {
  const release = await makeRelease(root, join(root, 'dist/release'), {
    sourcemap: process.argv.includes('--sourcemap'),
  });
  console.log(`Khung ${release.version}`);
  console.log(`  tiện ích Chrome: ${relative(root, release.extensionZip)}`);
  console.log(`  add-on Google Docs: ${relative(root, release.addonZip)}`);
  console.log(release.checksums);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
