/**
 * Language detection, just enough to avoid mis-flagging: Rapport analyses English and reports
 * other languages as not analysed. Short or ambiguous texts are treated as English.
 */
import { FUNCTION_WORDS } from './lexicon/languages';

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Han}/gu, 'zh'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
];
const LATIN = /\p{Script=Latin}/gu;
const LOOKUP = new Map<string, Set<string>>(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)]));

/** Returns a BCP-47-like language code: 'en' for English (and too-short-to-tell), or another code. */
export function detectLanguage(text: string): string {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const latin = sample.match(LATIN)?.length ?? 0;
  let bestScript = '';
  let bestCount = 0;
  for (const [re, code] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > bestCount) {
      bestCount = n;
      bestScript = code;
    }
  }
  // Japanese text mixes Han with kana; kana decides.
  if (bestScript === 'zh' && (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) > 0)
    bestScript = 'ja';
  if (bestCount > 0 && bestCount >= latin) return bestScript;

  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 4) return 'en';
  const hits = new Map<string, number>();
  for (const w of words) {
    for (const [lang, set] of LOOKUP) if (set.has(w)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const en = hits.get('en') ?? 0;
  let other = 'en';
  let otherHits = 0;
  for (const [lang, n] of hits) {
    if (lang !== 'en' && n > otherHits) {
      other = lang;
      otherHits = n;
    }
  }
  // Another language must clearly dominate: shared words ("a", "in", "me") are common.
  if (otherHits >= 2 && otherHits >= en * 2 && otherHits / words.length >= 0.15) return other;
  return 'en';
}
