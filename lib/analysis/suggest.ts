/**
 * Rewrites that a marketer would click: questions built from the post's own topic, clean
 * removals, and the edit/preview arithmetic shared by all suggestions.
 */
import type { PostSentence } from './rules/types';
import type { Term } from './tokens';
import type { TextEdit } from './types';

// Nouns that name the sale rather than the subject of the post.
const NOT_A_TOPIC = new Set([
  // Function words and deictics compromise tags as nouns ("here!", "This", "everything").
  'here',
  'there',
  'this',
  'that',
  'it',
  'everything',
  'something',
  'anything',
  'nothing',
  'everyone',
  'someone',
  'anyone',
  'all',
  'stuff',
  'one',
  'ones',
  'bit',
  'edge',
  'planet',
  'market',
  'world',
  'alert',
  'jumps',
  'reviews',
  'followers',
  'months',
  'years',
  'weeks',
  'leads',
  'targets',
  'performers',
  'price',
  'prices',
  'pricing',
  'discount',
  'discounts',
  'deal',
  'deals',
  'offer',
  'offers',
  'sale',
  'sales',
  'link',
  'bio',
  'dm',
  'today',
  'tonight',
  'now',
  'time',
  'chance',
  'stock',
  'customer',
  'customers',
  'everyone',
  'people',
  'friend',
  'friends',
  'thing',
  'things',
  'way',
  'lot',
  'day',
  'week',
  'news',
  'announcement',
  'channel',
  'video',
  'post',
  'comment',
  'comments',
  'follow',
  'subscribe',
  'share',
  'like',
  'prize',
  'cash',
  'winner',
  'code',
  'order',
  'orders',
  'product',
  'products',
  'us',
  'team',
  'company',
  'brand',
  'details',
  'info',
  'page',
  'website',
  'site',
  'hours',
  'minutes',
  'days',
  'free',
  'off',
  'percent',
  'shipping',
  'spot',
  'spots',
  'version',
  'launch',
  'emoji',
]);
// Product words: "remote onboarding toolkit" is about remote onboarding.
const PRODUCT_HEADS = new Set([
  'toolkit',
  'tool',
  'tools',
  'app',
  'platform',
  'software',
  'solution',
  'solutions',
  'product',
  'dashboard',
  'guide',
  'service',
  'services',
  'feature',
  'features',
  'course',
  'ebook',
  'checklist',
  'template',
  'kit',
  'plugin',
  'update',
  'release',
  'suite',
  'system',
  'program',
  'programme',
  'package',
  'bundle',
  'collection',
  'range',
  'series',
  'webinar',
  'tips',
  'tricks',
  'ideas',
  'insights',
  'advice',
  'updates',
  'content',
  'vendor',
  'vendors',
  'provider',
  'providers',
]);
const PERSONAL = new Set([
  'you',
  'guys',
  'folks',
  'u',
  'ur',
  'we',
  'me',
  'i',
  'they',
  'lol',
  'lor',
  'pls',
  'plz',
  'ppl',
]);
// Heads that carry the meaning of a two-word phrase ("spring collection" is not about spring).
const WHOLE_HEADS = new Set([
  'collection',
  'range',
  'series',
  'bundle',
  'package',
  'programme',
  'program',
  'system',
]);
const WEAK_ADJECTIVES = new Set([
  'edge',
  'best',
  'breed',
  'class',
  'art',
  'rough',
  'early',
  'hungry',
  'driven',
  'happy',
  'fast',
  'smart',
  'fastest',
  'smartest',
  'ultimate',
  'complete',
  'proven',
  'exact',
  'real',
  'super',
  'cutting',
  'bestselling',
  'personalised',
  'personalized',
  'all',
  'whole',
  'entire',
  'new',
  'great',
  'amazing',
  'best',
  'latest',
  'awesome',
  'exciting',
  'big',
  'huge',
  'incredible',
  'revolutionary',
  'special',
  'exclusive',
  'limited',
  'only',
  'first',
  'last',
  'next',
  'perfect',
  'ultimate',
  'brand',
  'free',
  'good',
  'more',
  'some',
  'few',
  'many',
  'most',
  'top',
  'other',
  'own',
]);

const MAX_TOPIC_SENTENCES = 8;
const MARKUP = /[<>=/\\{}[\]`|_^~]/;

/** Picks the post's topic: the most specific noun phrase of the sentences that are not pure selling. */
export function extractTopic(
  sentences: readonly PostSentence[],
  skip: (s: PostSentence) => boolean,
): string | null {
  let best: { phrase: string; score: number } | null = null;
  let order = 0;
  let parsed = 0;
  for (const sentence of sentences) {
    // A good multi-word phrase early in the post is the topic; no need to parse the rest.
    if ((best !== null && best.score >= 3) || parsed >= MAX_TOPIC_SENTENCES) break;
    if (skip(sentence)) continue;
    parsed++;
    for (const phrase of nounPhrases(sentence.parsed().terms, sentence.text)) {
      const words = phrase.split(' ');
      const score = (words.length >= 2 ? 3 : 0) + (words.length > 3 ? -2 : 0) - order * 0.01;
      order++;
      if (best === null || score > best.score) best = { phrase, score };
    }
  }
  return best?.phrase ?? null;
}

/** The whitespace-delimited chunk a term sits in ("<img" for the term "img"). */
function chunkOf(text: string, term: Term): string {
  let from = term.start;
  let to = term.end;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  return text.slice(from, to);
}

function nounPhrases(terms: readonly Term[], text: string): string[] {
  const out: string[] = [];
  let current: Term[] = [];
  const flush = () => {
    // Drop leading determiners and hype ("the revolutionary project management" → "project management").
    while (
      current.length > 0 &&
      (WEAK_ADJECTIVES.has(current[0].normal) ||
        current[0].tags.has('Determiner') ||
        (current[0].tags.has('Adjective') && current.length === 1))
    ) {
      current = current.slice(1);
    }
    // "remote onboarding toolkit" is about remote onboarding; "spring collection" stays whole.
    while (
      current.length > 1 &&
      PRODUCT_HEADS.has(current[current.length - 1].normal) &&
      (current.length > 2 || !WHOLE_HEADS.has(current[current.length - 1].normal))
    )
      current = current.slice(0, -1);
    const nouns = current.filter((t) => t.tags.has('Noun'));
    const last = current[current.length - 1];
    const headIsNoun = last?.tags.has('Noun') === true && !last.tags.has('Adjective');
    // Only words a reader would recognise: no digits or money, no chat shorthand ("w u lor"), no "you guys".
    const plain = current.every(
      (t) =>
        !/[\p{N}$£€%.,!?;:-]/u.test(t.text.replace(/[.,;:!?]+$/, '')) &&
        !/[\p{L}][,!?;:.]+[\p{L}]/u.test(chunkOf(text, t)) &&
        (t.normal.length >= 3 || t.tags.has('Acronym')) &&
        !PERSONAL.has(t.normal) &&
        !/(\p{L})\1\1/u.test(t.normal),
    );
    if (nouns.length > 0 && headIsNoun && plain) {
      const phrase = current.map((t) => (t.tags.has('Acronym') ? t.text : t.normal)).join(' ');
      if (!NOT_A_TOPIC.has(nouns[nouns.length - 1].normal) && /\p{L}{3}/u.test(phrase)) out.push(phrase);
    }
    current = [];
  };
  for (const t of terms) {
    const tags = t.tags;
    // Markup, code and paths ("src=x", "<script>", "a/b") are never a topic a reader would recognise.
    if (MARKUP.test(chunkOf(text, t))) {
      flush();
      continue;
    }
    const nounish =
      tags.has('Noun') &&
      !tags.has('Pronoun') &&
      !tags.has('Possessive') &&
      !tags.has('Value') &&
      !tags.has('Date') &&
      !tags.has('Url') &&
      !tags.has('HashTag') &&
      !tags.has('AtMention') &&
      !tags.has('Emoticon') &&
      !tags.has('ProperNoun') &&
      !tags.has('Verb');
    const adjective = tags.has('Adjective') && !tags.has('Comparable') && !WEAK_ADJECTIVES.has(t.normal);
    if (
      nounish ||
      (adjective && current.length < 2) ||
      (tags.has('Adjective') && WEAK_ADJECTIVES.has(t.normal))
    ) {
      current.push(t);
      // A term followed by punctuation ends the phrase.
      if (/[,.;:!?]/.test(t.text.slice(-1))) flush();
    } else flush();
  }
  flush();
  return out;
}

/** The question a post should ask instead of selling, built from its topic. */
export function questionFor(
  kind: 'experience' | 'challenge' | 'handle' | 'decide',
  topic: string | null,
): string {
  if (topic === null) {
    return {
      experience: "What's been your experience with this so far?",
      challenge: "What's the hardest part of this for you?",
      handle: 'How are you handling this today?',
      decide: 'What would help you decide if this is right for you?',
    }[kind];
  }
  // The topic sits in a modifier slot before a fixed head: no article or inflection to get wrong.
  return {
    experience: `What has your ${topic} experience been like?`,
    challenge: `What's your biggest ${topic} challenge these days?`,
    handle: `What's your ${topic} approach these days?`,
    decide: `What's your top ${topic} question before choosing?`,
  }[kind];
}

/** Applies an edit to a text. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/**
 * An edit that removes a span and the punctuation or space that would be left dangling
 * ("20% off, today only." → "20% off."; "Hurry! Sale ends" → "Sale ends").
 */
export function removalEdit(text: string, start: number, end: number): TextEdit {
  let s = start;
  let e = end;
  // The words that only served the phrase go with it: "for a limited time only" → "", "at 40% off" stays.
  const stub = /(?:^|\s)(?:(?:for|at|in|within|by)\s+)?(?:a|an|the)\s+$|(?:^|\s)(?:for|within)\s+$/i.exec(
    text.slice(0, s),
  );
  if (stub !== null) s -= stub[0].length - (/^\s/.test(stub[0]) ? 1 : 0);
  const only = /^\s+only(?![\p{L}])/iu.exec(text.slice(e));
  if (only !== null) e += only[0].length;
  const before = text.slice(0, s);
  const after = text.slice(e);
  // An emoji that opens a sentence ("…OFF!!! ❄️ Hurry, sizes…") still leaves the next word its start.
  const sentenceStart = /(?:^|[.!?\n]\s*)(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*)?$/u.test(before);
  if (sentenceStart) {
    // Removing the head of a sentence: take the following separator and capitalise what follows.
    const sep = /^[\s,;:—–-]*/.exec(after)?.[0] ?? '';
    e += sep.length;
    const rest = text.slice(e);
    if (/^[.!?]/.test(rest) || rest.length === 0) {
      // The whole sentence went: also remove the space before it.
      const lead = /\s*$/.exec(before)?.[0] ?? '';
      s -= lead.length;
      while (e < text.length && /[.!?]/.test(text[e])) e++;
      if (s === 0) e += /^\s*/.exec(text.slice(e))?.[0].length ?? 0;
      return { start: s, end: e, insert: '' };
    }
    // "Last chance to join!" → nothing: a bare purpose clause is no sentence.
    if (
      /^to\s+\p{L}+[.!?]*(?:\s|$)/iu.test(rest) &&
      /^to\s+\p{L}+[.!?]*$/iu.test(rest.split(/(?<=[.!?])\s/)[0])
    ) {
      const tail = /^to\s+\p{L}+[.!?]*/iu.exec(rest)?.[0] ?? '';
      const lead = /\s*$/.exec(before)?.[0] ?? '';
      const from = s - lead.length;
      let to = e + tail.length;
      if (from === 0) to += /^\s*/.exec(text.slice(to))?.[0].length ?? 0;
      return { start: from, end: to, insert: '' };
    }
    // "Only 3 days left to get our collection" → "Our collection": the purpose clause was the pressure's.
    const purpose = /^to\s+(?:get|grab|buy|shop|save on|order|book|claim|secure|snag)\s+/i.exec(rest);
    if (purpose !== null) e += purpose[0].length;
    const first = text[e];
    if (first !== undefined && first !== first.toUpperCase())
      return { start: s, end: e + 1, insert: first.toUpperCase() };
    return { start: s, end: e, insert: '' };
  }
  // Mid-sentence: take the separator before the phrase ("…off, today only" / "…off today only").
  const sep = /[\s,;:—–-]*$/.exec(before)?.[0] ?? '';
  s -= sep.length;
  return { start: s, end: e, insert: /^[\p{L}\p{N}]/u.test(text.slice(e)) ? ' ' : '' };
}

/** The sentence containing an offset. */
export function sentenceAt(sentences: readonly PostSentence[], offset: number): PostSentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}
