/** Builders for the many rules that are a lexicon of phrases, with or without replacements. */
import { matchAll, phraseRegex } from '../text';
import type { Hit } from './types';

/** Finds phrases of a lexicon in a sentence. */
export function phraseMatcher(patterns: readonly string[]): (text: string) => Hit[] {
  const re = phraseRegex(patterns);
  return (text) => matchAll(re, text).map(({ start, end }) => ({ start, end }));
}

/** Finds phrases of a lexicon mapping each phrase to a replacement; hits carry the replacement. */
export function replacementMatcher(lexicon: Record<string, string>): (text: string) => Hit[] {
  const entries = Object.entries(lexicon).map(([pattern, replacement]) => ({
    exact: new RegExp(`^(?:${pattern})$`, 'iu'),
    replacement,
  }));
  const re = phraseRegex(Object.keys(lexicon));
  return (text) =>
    matchAll(re, text).map(({ start, end, text: actual }) => {
      const replacement = entries.find((e) => e.exact.test(actual))?.replacement ?? '';
      return { start, end, replacement: matchCase(actual, replacement) };
    });
}

/** Gives the replacement the capitalisation of the text it replaces. */
export function matchCase(actual: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  if (actual.length > 1 && actual === actual.toUpperCase() && /\p{L}/u.test(actual))
    return replacement.toUpperCase();
  if (actual[0] !== actual[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
