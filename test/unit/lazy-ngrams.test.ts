/**
 * eld's 'small' n-gram table as the build ships it (one string read lazily, lib/analysis/lazy-ngrams.ts,
 * made by lib/build/eld-ngrams.ts) against eld's own object literal: every entry the same, and eld
 * giving the same language, scores and reliability on real posts with either.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { types } from 'node:util';
import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { compactNgrams, lazyNgrams } from '../../lib/analysis/lazy-ngrams';
import { compactNgramsModule } from '../../lib/build/eld-ngrams';

const ROOT = resolve(import.meta.dirname, '../..');
const ELD = join(ROOT, 'node_modules/eld/src');
const TABLE = join(ELD, 'ngrams/small.js');
const DATA = resolve(ROOT, '../shared/data/dev');

type Table = Record<string, Record<string, number>>;
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  isSubset: boolean;
  ngrams: Table;
}
interface Result {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Detector {
  detect(text: string): Result;
}

/** eld's table as eld's module defines it: its object literal, evaluated outside the build's plugins. */
function originalData(): NgramsData {
  const source = readFileSync(TABLE, 'utf8');
  const at = source.indexOf('export const ngramsData =');
  expect(at).toBeGreaterThan(-1);
  return new Function(
    `return ${source.slice(at + 'export const ngramsData ='.length).replace(/;\s*$/, '')}`,
  )();
}

/** An eld instance with the given table (eld's own detector, loaded as its entry files load it). */
async function detector(data: NgramsData): Promise<Detector> {
  const { createEld } = (await import(join(ELD, 'languageDetector.js'))) as {
    createEld(): { instance: Detector; loadData(data: NgramsData): string };
  };
  const { instance, loadData } = createEld();
  expect(loadData(data)).toBe('S60');
  return instance;
}

/** Posts in many languages and scripts, and some edge cases; plus the dev data when it is there. */
function texts(): string[] {
  const fixed = [
    'Thanks to everyone who came yesterday. Sign up today!',
    'Gracias a todos por venir ayer, nos vemos la próxima semana en Madrid.',
    'Vielen Dank an alle, die gestern gekommen sind. Bis nächste Woche!',
    'Merci à tous d’être venus hier soir, à très bientôt à Paris.',
    'Спасибо всем, кто пришёл вчера. До встречи на следующей неделе!',
    'شكرا لكل من حضر أمس، نراكم الأسبوع القادم',
    '昨日来てくれた皆さん、ありがとうございました。来週また会いましょう。',
    '感谢昨天到场的每一位朋友，我们下周见！',
    '어제 와주신 모든 분들께 감사드립니다. 다음 주에 뵙겠습니다.',
    'Ευχαριστούμε όλους όσους ήρθαν χθες. Τα λέμε την επόμενη εβδομάδα!',
    'धन्यवाद सभी को जो कल आए थे। अगले सप्ताह मिलते हैं।',
    'ขอบคุณทุกคนที่มาเมื่อวานนี้ แล้วพบกันสัปดาห์หน้า',
    'Dziękujemy wszystkim, którzy przyszli wczoraj. Do zobaczenia!',
    'Cảm ơn tất cả mọi người đã đến hôm qua. Hẹn gặp lại tuần sau!',
    '😀😀 🎉🎉 !!! ??? ...',
    '',
    'a',
    'constructor toString __proto__ valueOf hasOwnProperty',
    'x'.repeat(1200),
  ];
  if (!existsSync(DATA)) return fixed;
  const dev = readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // Every third post: a few thousand, from every file.
  return [...fixed, ...dev.filter((_, i) => i % 3 === 0)];
}

const answer = (result: Result) => ({
  language: result.language,
  scores: Object.entries(result.getScores()),
  reliable: result.isReliable(),
});

describe('eld n-gram table, compact and lazy', () => {
  const original = originalData();
  const keys = Object.keys(original.ngrams);
  const compact = lazyNgrams(compactNgrams(original.ngrams), keys.length);

  it('has every entry of eld’s table, the same (keys in the same order), and nothing else', () => {
    expect(keys.length).toBe(81_206);
    const different = keys.filter(
      (key) =>
        JSON.stringify(Object.entries(compact[key] ?? {})) !==
        JSON.stringify(Object.entries(original.ngrams[key])),
    );
    expect(different).toEqual([]);
    for (const key of [
      '',
      ' ',
      'zzzzzzz',
      '\t',
      'constructor',
      '__proto__',
      'toString',
      ' the',
      `${keys[0]}x`,
    ])
      if (!Object.hasOwn(original.ngrams, key)) expect(compact[key]).toBeUndefined();
    expect(compact[keys[7]]).toBe(compact[keys[7]]);
  });

  it('refuses what it cannot hold exactly', () => {
    expect(() => compactNgrams({ ab: { 0: 1.5 } })).toThrow();
    expect(() => compactNgrams({ ab: { 0: 300 } })).toThrow();
    expect(() => compactNgrams({ 'a\tb': { 0: 1 } })).toThrow();
    expect(() => compactNgrams({ ab: { x: 1 } as Record<string, number> })).toThrow();
  });

  it('gives eld the same language, scores and reliability on real posts', async () => {
    const withOriginal = await detector(original);
    const withCompact = await detector({ ...original, ngrams: compact as Table });
    const all = texts();
    expect(all.length).toBeGreaterThan(existsSync(DATA) ? 2000 : 10);
    const differ = all.filter(
      (text) =>
        JSON.stringify(answer(withOriginal.detect(text))) !==
        JSON.stringify(answer(withCompact.detect(text))),
    );
    expect(differ).toEqual([]);
    // And eld's public entry, as the build gives it to the engine, answers the same.
    const differPublic = all
      .slice(0, 500)
      .filter(
        (text) =>
          JSON.stringify(answer(withOriginal.detect(text))) !== JSON.stringify(answer(eld.detect(text))),
      );
    expect(differPublic).toEqual([]);
    // Not every text is English: the comparison covers other languages' scores too.
    expect(new Set(all.map((text) => withOriginal.detect(text).language)).size).toBeGreaterThan(10);
  });

  it('is what the build puts in place of eld’s table (here, vitest’s Vite plugin)', async () => {
    const { ngramsData } = (await import(TABLE)) as { ngramsData: NgramsData };
    expect(types.isProxy(ngramsData.ngrams)).toBe(true);
    expect(ngramsData.languages).toEqual(original.languages);
    expect(ngramsData.type).toBe(original.type);
    const source = await compactNgramsModule(TABLE);
    expect(source.length).toBeLessThan(readFileSync(TABLE, 'utf8').length * 0.7);
  });
});
