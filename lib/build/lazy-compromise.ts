/**
 * Build step for compromise (the part-of-speech tagger, lib/analysis/tokens.ts): in the extension's
 * bundles (and `npm run bench`'s start-up bundles), `compromise/two` as tokens.ts imports it is
 * compromise's own source bundled into a function that runs on the first parse, instead of at the
 * background's start: evaluating compromise (its lexicon and plugins) is about 280 ms of a stopped
 * worker's start, and many first reviews (short posts, "Please buy now") parse nothing. The same
 * code runs, once, on first use; the background's idle warm-up (and a wake-up) runs it ahead of
 * need. tsx CLIs and vitest import compromise as it is (the same answers, evaluated at once).
 */
import { resolve } from 'node:path';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const LAZY_ID = '\0rapport:lazy-compromise';
/** The only importer redirected: the engine's tokens.ts (anything else gets compromise as it is). */
const IMPORTER = /[\\/]lib[\\/]analysis[\\/]tokens\.ts$/;

let cached: Promise<string> | undefined;

/** The module standing in for `compromise/two`: its default export `nlp`, built on first call. */
export function lazyCompromiseModule(): Promise<string> {
  cached ??= (async () => {
    const result = await build({
      entryPoints: [resolve(ROOT, 'node_modules/compromise/src/two.js')],
      bundle: true,
      format: 'iife',
      globalName: 'compromise',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'error',
    });
    const code = result.outputFiles[0].text;
    return [
      '// compromise/two, evaluated on first use (lib/build/lazy-compromise.ts).',
      'function load() {',
      code,
      '  return compromise.default;',
      '}',
      'let nlp;',
      'export default function lazyNlp(...args) {',
      '  nlp ??= load();',
      '  return nlp(...args);',
      '}',
      '',
    ].join('\n');
  })();
  return cached;
}

/** The Vite plugin (the extension's build). */
export function lazyCompromiseVite(): Plugin {
  return {
    name: 'rapport:lazy-compromise',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'compromise/two' && importer !== undefined && IMPORTER.test(importer)
        ? LAZY_ID
        : null;
    },
    load(id) {
      return id === LAZY_ID ? lazyCompromiseModule() : null;
    },
  };
}

/** The esbuild plugin (`npm run bench`'s start-up bundles). */
export function lazyCompromiseEsbuild(): EsbuildPlugin {
  return {
    name: 'rapport:lazy-compromise',
    setup(b) {
      b.onResolve({ filter: /^compromise\/two$/ }, (args) =>
        IMPORTER.test(args.importer) ? { path: 'lazy-compromise', namespace: 'rapport' } : undefined,
      );
      b.onLoad({ filter: /^lazy-compromise$/, namespace: 'rapport' }, async () => ({
        contents: await lazyCompromiseModule(),
        loader: 'js',
      }));
    },
  };
}
