/**
 * Language detection, for one decision: Rapport analyses English and reports other languages as not
 * analysed. The language is eld's (Efficient Language Detector: n-grams of 60 languages, its 'small'
 * database), chosen on measured accuracy on short social texts (`npm run bench:language`). Around
 * it, what a social post needs, since calling an English post "not English" leaves it unreviewed:
 * - links, e-mail addresses, @mentions, #hashtags and numbers say nothing about the language and
 *   are left out;
 * - a text with fewer than MIN_WORDS words once they are out (in an alphabet written with spaces)
 *   is too short to tell, and is English;
 * - another language must win clearly: not when eld itself calls its answer unreliable, nor when
 *   English scores nearly as high (brand posts mix in "Feliz Cinco de Mayo", "Prost!", names).
 */
import { eld } from 'eld/small';

/** Links (with or without a scheme), e-mail addresses, @mentions, #hashtags, numbers. */
const NOISE =
  /(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:com|net|org|co|io|ly|me|to|gl|md|pl|be|gg|tv|us|uk)(?:\/\S*)?|\S+@\S+|[@#][\p{L}\p{N}_]+|\p{N}+/giu;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** Scripts written without spaces between words: there, a few letters already tell. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const LETTER = /\p{L}/gu;

/** The least number of words a text needs (once links, tags and numbers are out) to be called not English. */
export const MIN_WORDS = 4;
/** English scoring at least this share of the best language's score is English. */
export const ENGLISH_MARGIN = 0.8;

/** A detector's answer: a language code ('' for none), and how it scored English against it. */
export interface Detected {
  language: string;
  /** English's score over the winner's (0–1); undefined when the detector does not say. */
  englishRatio?: number;
  /** False when the detector itself calls its answer unreliable. */
  reliable?: boolean;
}

/**
 * Applies the engine's contract to a detector: the detector sees the text without links, tags and
 * numbers; too short a text, no answer, an unreliable one or a close call with English is English.
 * Exported for the bench, which puts every candidate library under the same contract.
 */
export function withContract(detect: (text: string) => Detected): (text: string) => string {
  return (text) => {
    const sample = (text.length > 2000 ? text.slice(0, 2000) : text).replace(NOISE, ' ');
    if (fewerWords(sample, MIN_WORDS)) {
      const letters = sample.match(LETTER)?.length ?? 0;
      const unspaced = sample.match(UNSPACED)?.length ?? 0;
      if (!(unspaced >= 3 && unspaced * 2 >= letters)) return 'en';
    }
    const { language, englishRatio = 0, reliable = true } = detect(sample);
    if (language === '' || language === 'en' || !reliable || englishRatio >= ENGLISH_MARGIN) return 'en';
    return language;
  };
}

/** Whether `text` has fewer than `n` words (stops counting at `n`). */
function fewerWords(text: string, n: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < n && WORD.exec(text) !== null) count++;
  WORD.lastIndex = 0;
  return count < n;
}

/** eld reads the first ELD_CHARS characters of what it is given (`detect` cuts the rest off). */
const ELD_CHARS = 1000;
const ELD_CACHE_LIMIT = 64;
const eldCache = new Map<string, Detected>();

/**
 * eld's answer in the contract's terms, kept for the part of the text eld reads: an edit further
 * into a long post (or a re-review of the same text) does not run the detector again. Bounded.
 */
function eldDetect(text: string): Detected {
  const key = text.length > ELD_CHARS ? text.slice(0, ELD_CHARS) : text;
  const hit = eldCache.get(key);
  if (hit !== undefined) return hit;
  const result = eld.detect(key);
  const scores = result.getScores();
  const top = scores[result.language] ?? 0;
  const detected = {
    language: result.language,
    englishRatio: top > 0 ? (scores.en ?? 0) / top : 0,
    reliable: result.isReliable(),
  };
  eldCache.set(key, detected);
  if (eldCache.size > ELD_CACHE_LIMIT) eldCache.delete(eldCache.keys().next().value as string);
  return detected;
}

/** Empties the detector's cache (benchmarks use it to measure cold reviews). */
export function clearLanguageCache(): void {
  eldCache.clear();
}

/** Returns an ISO 639-1 code: 'en' for English (and too-short-to-tell), or another language's. */
export const detectLanguage: (text: string) => string = withContract(eldDetect);
