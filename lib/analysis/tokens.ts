/**
 * Part-of-speech analysis of one sentence with compromise, cached per sentence text so that a
 * re-review after a small edit parses only the sentences that changed.
 */
import nlp from 'compromise';

/** A term of a sentence with offsets relative to the sentence start. */
export interface Term {
  text: string;
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

export interface ParsedSentence {
  terms: Term[];
  /** The sentence asks something: ends with "?" or opens with a question word / auxiliary inversion. */
  isQuestion: boolean;
  /** The sentence opens with a bare verb ("Buy now", "Click the link"). */
  isImperative: boolean;
}

const QUESTION_OPENERS = new Set([
  'what',
  'how',
  'why',
  'when',
  'where',
  'who',
  'which',
  'whats',
  "what's",
  'hows',
  "how's",
  'do',
  'does',
  'did',
  'are',
  'is',
  'have',
  'has',
  'can',
  'could',
  'would',
  'will',
  'should',
  'anyone',
  'any',
]);
// Verbs compromise tags as infinitive that routinely open non-imperative sentences in chat.
const NON_IMPERATIVE_OPENERS = new Set([
  'love',
  'hope',
  'thank',
  'thanks',
  'like',
  'miss',
  'wish',
  'need',
  'want',
  'guess',
  'think',
]);

/** Parses a sentence (no caching). */
export function parseSentence(sentence: string): ParsedSentence {
  const terms: Term[] = [];
  // compromise keeps every character in pre/text/post, so offsets are reconstructed by walking them.
  let offset = 0;
  const doc = nlp(sentence);
  for (const phrase of doc.docs) {
    for (const t of phrase) {
      offset += t.pre.length;
      const start = sentence.indexOf(t.text, offset);
      const s = start === -1 ? offset : start;
      terms.push({
        text: t.text,
        normal: t.normal ?? t.text.toLowerCase(),
        start: s,
        end: s + t.text.length,
        tags: t.tags ?? new Set(),
      });
      offset = s + t.text.length + t.post.length;
    }
  }
  const first = terms[0];
  const trimmed = sentence.trimEnd();
  const isQuestion =
    /\?["'”’)]*$/.test(trimmed) ||
    trimmed.includes('?') ||
    (first !== undefined &&
      QUESTION_OPENERS.has(first.normal) &&
      terms.length > 2 &&
      /\b(you|your|anyone|we)\b/i.test(sentence));
  const isImperative =
    first !== undefined &&
    first.tags.has('Infinitive') &&
    !first.tags.has('Pronoun') &&
    !NON_IMPERATIVE_OPENERS.has(first.normal) &&
    !isQuestion;
  return { terms, isQuestion, isImperative };
}

const CACHE_LIMIT = 2000;
const cache = new Map<string, ParsedSentence>();

/** Parses a sentence, reusing the result for a sentence seen before (LRU, bounded). */
export function parseSentenceCached(sentence: string): ParsedSentence {
  const hit = cache.get(sentence);
  if (hit !== undefined) {
    cache.delete(sentence);
    cache.set(sentence, hit);
    return hit;
  }
  const parsed = parseSentence(sentence);
  cache.set(sentence, parsed);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return parsed;
}

/** Empties the sentence cache (benchmarks use it to measure cold reviews). */
export function clearSentenceCache(): void {
  cache.clear();
}
