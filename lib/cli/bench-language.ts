/**
 * `npm run bench:language`: language detectors compared on what the engine needs from them, the
 * English / not-English decision on short social texts (English is analysed; another language is
 * reported as not analysed, so a false "not English" leaves an English post unreviewed).
 *
 * Texts: test/fixtures/languages.jsonl (short posts written for this bench, labelled by hand:
 * English with hashtags, links, emoji, brand and foreign names, capitals, code-mixing; and ten other
 * languages), and the dev data (../shared/data/dev/*.jsonl: SMS, YouTube comments, brand posts,
 * real brand posts), English except the lines listed by hand in
 * test/fixtures/languages-dev-exceptions.jsonl. Each candidate gets the same contract as the
 * engine's `detectLanguage`: its answer, or English when it has none.
 * Usage: npm run bench:language [-- --list] (--list prints every text a candidate gets wrong).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eld as eldExtraSmall } from 'eld/extrasmall';
import { eld as eldMedium } from 'eld/medium';
import { eld as eldSmall } from 'eld/small';
import { francAll } from 'franc-min';
import { detectAll as tinyldAll } from 'tinyld';
import { detectAll as tinyldLightAll } from 'tinyld/light';
import { type Detected, detectLanguage, withContract } from '../analysis/language';

const ROOT = resolve(import.meta.dirname, '../..');
const DEV = resolve(ROOT, '../shared/data/dev');
const LIST = process.argv.includes('--list');

interface Sample {
  text: string;
  lang: string;
  source: string;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function samples(): Sample[] {
  const written = readJsonl<{ text: string; lang: string }>(join(ROOT, 'test/fixtures/languages.jsonl')).map(
    (r) => ({ ...r, source: 'written' }),
  );
  const exceptionsFile = join(ROOT, 'test/fixtures/languages-dev-exceptions.jsonl');
  const exceptions = new Map(
    (existsSync(exceptionsFile) ? readJsonl<{ text: string; lang: string }>(exceptionsFile) : []).map((r) => [
      r.text,
      r.lang,
    ]),
  );
  const dev = existsSync(DEV)
    ? readdirSync(DEV)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .flatMap((f) =>
          readJsonl<{ text: string }>(join(DEV, f)).map((r) => ({
            text: r.text,
            lang: exceptions.get(r.text) ?? 'en',
            source: f.replace(/\.jsonl$/, ''),
          })),
        )
    : [];
  return [...written, ...dev];
}

/** ISO 639-3 (franc) → ISO 639-1 for the languages in the bench; others stay as they are. */
const ISO3: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  deu: 'de',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  ron: 'ro',
  vie: 'vi',
  ind: 'id',
  tur: 'tr',
  zlm: 'ms',
  jpn: 'ja',
  cmn: 'zh',
  rus: 'ru',
  arb: 'ar',
};

/** Each library's answer: an ISO 639-1 code ('' for none) and how it scored English against it. */
const LIBRARIES: Record<string, (text: string) => Detected> = {
  'franc-min': (t) => {
    const all = francAll(t);
    const [code, top] = all[0] ?? ['und', 0];
    const en = all.find(([c]) => c === 'eng')?.[1] ?? 0;
    return { language: code === 'und' ? '' : (ISO3[code] ?? code), englishRatio: top > 0 ? en / top : 0 };
  },
  ...Object.fromEntries(
    Object.entries({ 'eld extrasmall': eldExtraSmall, 'eld small': eldSmall, 'eld medium': eldMedium }).map(
      ([name, e]) => [
        name,
        (t: string): Detected => {
          const r = e.detect(t);
          const scores = r.getScores();
          const top = scores[r.language] ?? 0;
          return {
            language: r.language,
            englishRatio: top > 0 ? (scores.en ?? 0) / top : 0,
            reliable: r.isReliable(),
          };
        },
      ],
    ),
  ),
  ...Object.fromEntries(
    Object.entries({ tinyld: tinyldAll, 'tinyld light': tinyldLightAll }).map(([name, all]) => [
      name,
      (t: string): Detected => {
        const ranked = all(t);
        const top = ranked[0]?.accuracy ?? 0;
        const en = ranked.find((r) => r.lang === 'en')?.accuracy ?? 0;
        return { language: ranked[0]?.lang ?? '', englishRatio: top > 0 ? en / top : 0 };
      },
    ]),
  ),
};

/**
 * Each candidate three ways: the library's first answer as it is (English when it has none); under
 * the length rule only (links, tags and numbers out, fewer than MIN_WORDS words is English); and
 * under the engine's whole contract (also: English when the library calls its answer unreliable or
 * English scores within ENGLISH_MARGIN of the winner).
 */
const CANDIDATES: Record<string, (text: string) => string> = {
  ...Object.fromEntries(
    Object.entries(LIBRARIES).flatMap(([name, f]) => [
      [`${name}, raw`, (t: string) => f(t).language || 'en'],
      [`${name} + length rule`, withContract((t) => ({ language: f(t).language }))],
      [`${name} + contract`, withContract(f)],
    ]),
  ),
  'detectLanguage (shipped)': detectLanguage,
};

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

function main(): void {
  const all = samples();
  const written = all.filter((s) => s.source === 'written');
  const dev = all.filter((s) => s.source !== 'written');
  console.log(
    `${written.length} written texts (${written.filter((s) => s.lang === 'en').length} English), ${dev.length} dev texts (${dev.filter((s) => s.lang !== 'en').length} not English)\n`,
  );
  console.log(
    '| detector | written: EN/not-EN correct | written: English called not English | written: other language called English | dev: English called not English | dev: other language called English | µs per call |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, detect] of Object.entries(CANDIDATES)) {
    const wrong: string[] = [];
    const count = (set: Sample[]) => {
      let correct = 0;
      let falseOther = 0;
      let falseEn = 0;
      for (const s of set) {
        const got = detect(s.text);
        const isEn = got === 'en';
        if (isEn === (s.lang === 'en')) correct++;
        else {
          if (s.lang === 'en') falseOther++;
          else falseEn++;
          wrong.push(`  [${s.source}] ${s.lang} → ${got}: ${JSON.stringify(s.text.slice(0, 120))}`);
        }
      }
      return { correct, falseOther, falseEn, en: set.filter((s) => s.lang === 'en').length };
    };
    const w = count(written);
    const d = count(dev);
    const texts = all.map((s) => s.text);
    for (const t of texts.slice(0, 200)) detect(t); // warm-up
    const start = performance.now();
    for (const t of texts) detect(t);
    const us = ((performance.now() - start) * 1000) / texts.length;
    console.log(
      `| ${name} | ${w.correct}/${written.length} (${pct(w.correct, written.length)}) | ${w.falseOther}/${w.en} (${pct(w.falseOther, w.en)}) | ${w.falseEn}/${written.length - w.en} (${pct(w.falseEn, written.length - w.en)}) | ${d.falseOther}/${d.en} (${pct(d.falseOther, d.en)}) | ${d.falseEn}/${dev.length - d.en} | ${us.toFixed(0)} |`,
    );
    if (LIST) console.log(wrong.join('\n'));
  }
}

main();
