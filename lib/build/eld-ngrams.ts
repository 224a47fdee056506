/**
 * Build step for eld's 'small' n-gram table (see lib/analysis/lazy-ngrams.ts): wherever the engine
 * is bundled or run through Vite (the extension's build, vitest) or esbuild (`npm run bench`'s
 * start-up bundles), `eld/src/ngrams/small.js` is replaced by a module exporting the same
 * `ngramsData` with its n-grams as one string read lazily. Made from the installed eld at build time
 * (nothing generated is kept in the repository); eld's public API (`eld/small`) is unchanged.
 * Processes without it (tsx CLIs) load eld's own table: slower to start, same answers.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import { compactNgrams } from '../analysis/lazy-ngrams.ts';

/** eld's 'small' table module, as Vite and esbuild name it (a Vite id may carry a query). */
export const ELD_SMALL_NGRAMS = /[\\/]eld[\\/]src[\\/]ngrams[\\/]small\.js(?:\?.*)?$/;
/** How the replacement module imports the decoder; resolved by the plugins to LAZY_NGRAMS_PATH. */
const LAZY_NGRAMS_ID = 'rapport:lazy-ngrams';
const LAZY_NGRAMS_PATH = resolve(import.meta.dirname, '../analysis/lazy-ngrams.ts');

interface NgramsData {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Record<string, Record<string, number>>;
}

/** The replacement for the eld table module at `file` (evaluated here, in Node, once per build). */
export async function compactNgramsModule(file: string): Promise<string> {
  const { ngramsData } = (await import(pathToFileURL(file.replace(/\?.*$/, '')).href)) as {
    ngramsData: NgramsData;
  };
  const { ngrams, ...rest } = ngramsData;
  const keys = Object.keys(rest).sort().join();
  if (keys !== 'isSubset,languages,type') throw new Error(`eld's table has unexpected fields: ${keys}`);
  const records = compactNgrams(ngrams);
  return [
    `import { lazyNgrams } from ${JSON.stringify(LAZY_NGRAMS_ID)};`,
    `// eld's n-gram table, compacted at build time by lib/build/eld-ngrams.ts.`,
    `export const ngramsData = { type: ${JSON.stringify(rest.type)}, languages: ${JSON.stringify(rest.languages)}, isSubset: ${JSON.stringify(rest.isSubset)}, ngrams: lazyNgrams(${JSON.stringify(records)}, ${Object.keys(ngrams).length}) };`,
    '',
  ].join('\n');
}

/** The Vite (and vitest) plugin. */
export function eldNgramsVite(): Plugin {
  return {
    name: 'rapport:eld-ngrams',
    enforce: 'pre',
    resolveId(source) {
      return source === LAZY_NGRAMS_ID ? LAZY_NGRAMS_PATH : null;
    },
    load(id) {
      return ELD_SMALL_NGRAMS.test(id) ? compactNgramsModule(id) : null;
    },
  };
}

/** The esbuild plugin. */
export function eldNgramsEsbuild(): EsbuildPlugin {
  return {
    name: 'rapport:eld-ngrams',
    setup(build) {
      build.onResolve({ filter: /^rapport:lazy-ngrams$/ }, () => ({ path: LAZY_NGRAMS_PATH }));
      build.onLoad({ filter: ELD_SMALL_NGRAMS }, async (args) => ({
        contents: await compactNgramsModule(args.path),
        loader: 'js',
      }));
    },
  };
}
