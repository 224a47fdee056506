import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The e2e build of the extension (content script also matches 127.0.0.1). */
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-e2e');
export const FIXTURES_DIST = resolve(ROOT, 'test/fixtures/sites/dist');
export const ARTIFACTS = resolve(ROOT, 'test/artifacts');
/** The e2e build of the Firefox extension (MV2, same content-script matches as the Chrome one). */
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, '.output/firefox-mv2-e2e');
