/**
 * compromise as the extension's build gives it to the engine (lib/build/lazy-compromise.ts: its own
 * source, bundled into a function run on the first parse) against compromise as imported: the same
 * terms and tags on real sentences, and nothing of compromise evaluated before the first call.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { lazyCompromiseModule } from '../../lib/build/lazy-compromise';

const SENTENCES = [
  'Please buy now',
  'Buy now and save 20% today only!',
  'Thanks so much to all of you who joined us, we learned a lot.',
  'Click the link in bio to sign up for our free webinar.',
  'I started this shop in 2019 with my sister.',
  'What do you think?',
  'DM us for prices, call 0800 123 4567 or visit www.example.com.',
  'Our new candles are here and they smell amazing',
  'Don’t miss out — grab yours before they’re gone!!!',
  'We’re hiring engineers who love open source.',
];

/** Each sentence's parse (terms, tags, chunks), without the terms' ids (a counter and a random part). */
const tagsOf = (parse: (text: string) => { json(): unknown }) =>
  SENTENCES.map((s) => JSON.stringify(parse(s).json(), (key, value) => (key === 'id' ? undefined : value)));

describe('compromise evaluated on first use', () => {
  it('parses as compromise does, and runs nothing of compromise before its first call', async () => {
    const source = await lazyCompromiseModule();
    const dir = mkdtempSync(join(tmpdir(), 'rapport-lazy-compromise-'));
    const file = join(dir, 'lazy.mjs');
    // A probe: compromise's code, once run, has defined its methods; count the runs of `load`.
    writeFileSync(
      file,
      source.replace(
        'function load() {',
        'globalThis.__rapportLoads = 0;\nfunction load() {\nglobalThis.__rapportLoads++;',
      ),
    );
    const lazy = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
      default: typeof nlp;
    };
    const loads = () => (globalThis as { __rapportLoads?: number }).__rapportLoads;
    expect(loads()).toBe(0);
    expect(tagsOf(lazy.default)).toEqual(tagsOf(nlp));
    expect(loads()).toBe(1);
  });
});
