/**
 * Part-of-speech analysis of one sentence with compromise, cached per sentence text so that a
 * re-review after a small edit parses only the sentences that changed.
 */
import nlp from 'compromise/two';

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
    first?.tags.has('Infinitive') &&
    !first.tags.has('Pronoun') &&
    !NON_IMPERATIVE_OPENERS.has(first.normal) &&
    !isQuestion;
  return { terms, isQuestion, isImperative };
}

const OPENER_WORDS = 5;
const NEVER_IMPERATIVE = new Set(
  (
    "i i'm im i've ive i'll ill i'd id me my mine you you're youre your u ur he she it it's its we we're our us they " +
    'their them this that these those there here the a an and but or so if when while because as at in on of for to ' +
    'with by from what how why who where which whose is are was were am be been has have had do does did can could will ' +
    'would should shall may might must not no yes yeah ok okay oh hi hey hello lol haha wow omg thanks thank please pls ' +
    'plz just also still even only very really all some any every each one two three my new our best great good nice ' +
    'happy sorry well maybe today tomorrow tonight now then'
  ).split(' '),
);
const openerCache = new Map<string, boolean>();
const OPENER = new RegExp(`^\\S*(?:\\s+\\S*){0,${OPENER_WORDS - 1}}`);

/** The opener to parse for the mood, or null when the sentence cannot open with a command (no parse needed). */
function imperativeOpener(sentence: string): string | null {
  // Asked of every sentence on every review (the chain-of-commands rule): kept per sentence.
  let opener = openerOf.get(sentence);
  if (opener !== undefined) openerOf.delete(sentence);
  else {
    opener = findOpener(sentence);
    if (openerOf.size >= CACHE_LIMIT) openerOf.delete(openerOf.keys().next().value as string);
  }
  openerOf.set(sentence, opener);
  return opener;
}
const openerOf = new Map<string, string | null>();

function findOpener(sentence: string): string | null {
  const first = /^[\p{L}']+/u.exec(sentence)?.[0].toLowerCase();
  // Most sentences open with a word that can never be a command; skip the parse for them.
  if (first === undefined || NEVER_IMPERATIVE.has(first) || NON_IMPERATIVE_OPENERS.has(first)) return null;
  // The first OPENER_WORDS words joined by single spaces, as `split(/\s+/, 5).join(' ')` gives them,
  // without splitting the whole sentence.
  const opener = (OPENER.exec(sentence)?.[0] ?? '').replace(/\s+/g, ' ');
  return /^[\p{L}]/u.test(opener) && !opener.includes('?') ? opener : null;
}

/**
 * Whether `opensWithImperative` could say yes, without parsing: false means it says no. Lets a
 * caller that only cares about runs of commands skip the parse (the cost of a review) elsewhere.
 */
export function mayOpenWithImperative(sentence: string): boolean {
  return imperativeOpener(sentence) !== null;
}

/**
 * Whether a sentence opens with a bare verb ("Sign up today"), from a parse of its first few
 * words only: parsing whole sentences costs ~10x more and the opener decides the mood.
 */
export function opensWithImperative(sentence: string): boolean {
  const opener = imperativeOpener(sentence);
  if (opener === null) return false;
  const hit = openerCache.get(opener);
  if (hit !== undefined) return hit;
  const result = parseSentence(opener).isImperative;
  openerCache.set(opener, result);
  if (openerCache.size > CACHE_LIMIT) openerCache.delete(openerCache.keys().next().value as string);
  return result;
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

/**
 * Parses one sentence and forgets it: compromise builds its tagger's match net on the first parse
 * (tens of milliseconds), which the engine's idle warm-up pays instead of the first review that
 * needs a parse. No cache is touched.
 */
export function warmParser(): void {
  parseSentence('Sign up today and tell your friends.');
}

/** Empties the sentence cache (benchmarks use it to measure cold reviews). */
export function clearSentenceCache(): void {
  cache.clear();
  openerCache.clear();
  openerOf.clear();
}
