/**
 * The review engine: `review(text, { platform, voice })` reads a social post and tells how salesy
 * and one-way it is, and how to make it conversational. Pure, synchronous, deterministic; the same
 * code runs in the content script, the CLI, the tests and the benchmark.
 *
 * Speed: sentences are parsed once with compromise and cached, and so are the sentence rules'
 * results, so re-reviewing a post after an edit only analyses the sentences that changed.
 */

import { inContext, judgingContext } from './context';
import { clearIntentCaches } from './intent';
import { clearLanguageCache, detectLanguage } from './language';
import { PLATFORMS, platformLength } from './platform';
import { finishSuggestions, informal, type SuggestionDraft } from './rewrite/index';
import { HASHTAG } from './rules/hashtags';
import { findHooks } from './rules/hook';
import { ALL_RULES } from './rules/index';
import type { Hit, PostInput, PostSentence, Rule, RuleContext, SuggestInput } from './rules/types';
import { isSelling, scoreReview, verdictFor } from './score';
import { findSignals } from './signals';
import { applyEdit, extractTopic } from './suggest';
import {
  asksSomething,
  clearTextCaches,
  countEmoji,
  countWords,
  prepareSharedScan,
  segmentSentences,
  URL_PATTERN,
} from './text';
import { clearSentenceCache, opensWithImperative, parseSentenceCached, warmParser } from './tokens';
import {
  CATEGORIES,
  type Dimensions,
  type Finding,
  type Platform,
  type PostKind,
  type Review,
  type ReviewOptions,
  type Signal,
  type Suggestion,
} from './types';
import { resolveVoice } from './voice';

export { applyEdit } from './suggest';
export type * from './types';
export { CATEGORIES } from './types';
export { DEFAULT_VOICE, resolveVoice } from './voice';

/** Most suggestions a review offers (the conversational version first, then single edits). */
export const MAX_SUGGESTIONS = 8;

/** Longest prefix analysed for findings; longer texts are flagged `truncated` (stats still cover all). */
export const MAX_ANALYSED_CHARS = 10_000;

/** Every rule, for lists in the options page and the docs. */
export const RULES: readonly { id: string; category: Finding['category']; title: string; why: string }[] =
  ALL_RULES.map(({ id, category, title, why }) => ({ id, category, title, why }));

const SELLING = new Set<Finding['category']>(['hard-sell', 'engagement-bait', 'urgency']);
const SENTENCE_RULES = ALL_RULES.filter((r) => r.checkSentence !== undefined);
const POST_RULES = ALL_RULES.filter((r) => r.checkPost !== undefined);
const YOU =
  /(?<![\p{L}'])(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|u|ur)(?![\p{L}'])/giu;
const WE = /(?<![\p{L}'])(?:we|our|ours|us|ourselves|we're|we've|we'll|we'd)(?![\p{L}'])/giu;

type SentenceHits = { rule: Rule; hits: Hit[] }[];
const HIT_CACHE_LIMIT = 2000;
const hitCache = new Map<string, SentenceHits>();

interface SentenceCounts {
  words: number;
  questions: number;
  you: number;
  we: number;
  links: number;
  emoji: number;
}
const countCache = new Map<string, SentenceCounts>();

/** One sentence's counts for the stats and the post rules (bounded cache, like the rule results). */
function sentenceCounts(text: string): SentenceCounts {
  let counts = countCache.get(text);
  if (counts !== undefined) {
    countCache.delete(text);
  } else {
    counts = {
      words: countWords(text),
      questions: asksSomething(text) ? 1 : 0,
      you: text.match(YOU)?.length ?? 0,
      we: text.match(WE)?.length ?? 0,
      links: text.match(URL_PATTERN)?.length ?? 0,
      emoji: countEmoji(text),
    };
    if (countCache.size >= HIT_CACHE_LIMIT) countCache.delete(countCache.keys().next().value as string);
  }
  // Least recently used goes first.
  countCache.set(text, counts);
  return counts;
}

/**
 * Start-up work the first review does not need, for idle time after it (the background calls it
 * once, after its first answer): compiles the shared phrase scan, builds compromise's tagger, and
 * reviews two sample posts, because V8 runs a regex's first match in its interpreter and compiles
 * it to machine code on the next (the rules' lexicons: tens of milliseconds the second review
 * would pay). Changes no result (caches only memoise); reviews before it are as fast as without it.
 */
export function warmUp(): void {
  prepareSharedScan();
  warmParser();
  for (const [text, platform] of WARM_UP_POSTS) review(text, { platform, suggestions: false });
}

const WARM_UP_POSTS: [string, Platform][] = [
  [
    'Buy now and save 20% today only! Click the link in bio to sign up for our free webinar. Thanks so much to all of you who joined us, we learned a lot. Grab yours today. Invite your team. Share it with a friend.',
    'x',
  ],
  [
    'Limited time offer: DM us for prices, call 0800 123 4567 or visit our website www.example.com. Tag a friend who needs this! What do you think? I started this shop in 2019 with my sister.',
    'linkedin',
  ],
];

/** Forgets every cached sentence analysis (benchmarks use it to measure cold reviews). */
export function clearCaches(): void {
  analyses.clear();
  hitCache.clear();
  countCache.clear();
  clearSentenceCache();
  clearLanguageCache();
  clearTextCaches();
  clearIntentCaches();
}

function sentenceHits(text: string, ctx: RuleContext, ctxKey: string): SentenceHits {
  const key = `${ctxKey}\u0001${text}`;
  const cached = hitCache.get(key);
  if (cached !== undefined) {
    // Least recently used goes first: the sentences of the post being written stay.
    hitCache.delete(key);
    hitCache.set(key, cached);
    return cached;
  }
  const input = { text, parsed: () => parseSentenceCached(text) };
  const result: SentenceHits = [];
  for (const rule of SENTENCE_RULES) {
    const hits = rule.checkSentence?.(input, ctx) ?? [];
    if (hits.length > 0) result.push({ rule, hits });
  }
  hitCache.set(key, result);
  if (hitCache.size > HIT_CACHE_LIMIT) hitCache.delete(hitCache.keys().next().value as string);
  return result;
}

function toFinding(rule: Rule, hit: Hit, base: number, text: string): Finding & { replacement?: string } {
  const start = base + hit.start;
  const end = base + hit.end;
  return {
    id: `${rule.id}:${start}-${end}`,
    rule: rule.id,
    category: rule.category,
    severity: hit.severity ?? rule.severity,
    start,
    end,
    actual: text.slice(start, end),
    message: hit.message ?? rule.message,
    why: rule.why,
    ...(hit.replacement !== undefined ? { replacement: hit.replacement } : {}),
  };
}

const OPENING_MENTION = /^\s*@[\p{L}\p{N}_]/u;

/** The kind a text is judged as: the one given, else a reply when its first token is an @mention, else a post. */
export function resolveKind(text: string, kind?: PostKind): PostKind {
  if (kind === 'post' || kind === 'reply' || kind === 'comment') return kind;
  return OPENING_MENTION.test(text) ? 'reply' : 'post';
}

/** Options of `review()`: the review's own, plus whether to build the suggestions now. */
export interface EngineOptions extends ReviewOptions {
  /**
   * `false`: findings, score and stats only, with `suggestions: []` (what a pause in typing needs);
   * `suggest()` builds them later for the same text and options. Default: built now.
   */
  suggestions?: boolean;
}

/**
 * One text's review without its suggestions, with what the suggestions are built from, and the
 * suggestions once asked for. Cached per (text, options): bounded, newest last.
 */
interface Analysis {
  review: Review;
  kept: readonly (Finding & { replacement?: string })[];
  sentences: readonly PostSentence[];
  voice: ReturnType<typeof resolveVoice>;
  options: ReviewOptions;
  suggestions?: Suggestion[];
}
const ANALYSIS_CACHE_LIMIT = 48;
const analyses = new Map<string, Analysis>();

function analysisKey(text: string, options: ReviewOptions): string {
  return JSON.stringify([text, options.platform ?? 'generic', options.kind ?? null, options.voice ?? null]);
}

function analysisOf(text: string, options: ReviewOptions): Analysis {
  const key = analysisKey(text, options);
  const hit = analyses.get(key);
  if (hit !== undefined) {
    analyses.delete(key);
    analyses.set(key, hit);
    return hit;
  }
  const result = analyse(text, options);
  analyses.set(key, result);
  if (analyses.size > ANALYSIS_CACHE_LIMIT) analyses.delete(analyses.keys().next().value as string);
  return result;
}

/**
 * Reviews a post. Never throws; offsets are UTF-16 indices into `text`. With `suggestions: false`
 * the suggestions are left out (the part that costs: the conversational version re-reviews its
 * candidates); `suggest()` gives them for the same text and options, from the same cached review.
 */
export function review(text: string, options: EngineOptions = {}): Review {
  const { suggestions: withSuggestions, ...reviewOptions } = options;
  const analysis = analysisOf(text, reviewOptions);
  if (withSuggestions === false || !analysis.review.analysed) return { ...analysis.review };
  return { ...analysis.review, suggestions: suggestionsOf(text, analysis) };
}

/**
 * The suggestions `review(text, options)` includes (the conversational version first, then single
 * edits), built lazily: the first call for a (text, options) builds them, later calls reuse them.
 */
export function suggest(text: string, options: ReviewOptions = {}): Suggestion[] {
  const { suggestions: _, ...reviewOptions } = options as EngineOptions;
  const analysis = analysisOf(text, reviewOptions);
  return analysis.review.analysed ? suggestionsOf(text, analysis) : [];
}

function suggestionsOf(text: string, analysis: Analysis): Suggestion[] {
  if (analysis.suggestions === undefined) {
    const { kept, voice, sentences, review: r, options } = analysis;
    // A handful of suggestions, the conversational version first: more is noise for the writer, and
    // each carries the whole text (a 100,000-character paste had 165, 16 MB to copy into the page).
    analysis.suggestions = suggestionsFor(
      text,
      kept,
      { voice, platform: r.platform, sentences },
      r.score,
      options,
    ).slice(0, MAX_SUGGESTIONS);
  }
  return analysis.suggestions;
}

function analyse(text: string, options: ReviewOptions): Analysis {
  const platform: Platform = options.platform ?? 'generic';
  const kind = resolveKind(text, options.kind);
  const voice = resolveVoice(options.voice);
  const rules = PLATFORMS[platform];
  const length = platformLength(text, platform);
  // Comments and replies have their own limit where the site has one (LinkedIn: 1,250).
  const limit = kind === 'post' ? rules.limit : rules.commentLimit;
  const hashtagCount = text.length <= MAX_ANALYSED_CHARS * 10 ? (text.match(HASHTAG)?.length ?? 0) : 0;
  const baseStats = {
    chars: text.length,
    length,
    limit,
    overLimit: length > limit,
    hashtagNorm: rules.hashtagNorm,
    hashtags: hashtagCount,
  };

  const language = detectLanguage(text);
  const end = Math.min(text.length, MAX_ANALYSED_CHARS);
  const analysed = language === 'en' && text.trim().length > 0;
  const window = end === text.length ? text : text.slice(0, end);
  const sentences: PostSentence[] = segmentSentences(window).map((s) => ({
    ...s,
    parsed: () => parseSentenceCached(s.text),
    imperative: () => opensWithImperative(s.text),
  }));
  // Summed over the sentences (each counted once and cached): the text between them is white
  // space, which none of the counts can match or lean on, so the sums are the window's counts.
  const perSentence = sentences.map((s) => sentenceCounts(s.text));
  const sum = (key: keyof SentenceCounts) => perSentence.reduce((n, c) => n + c[key], 0);
  const you = sum('you');
  const we = sum('we');
  const counts = {
    words: sum('words'),
    questions: sum('questions'),
    you,
    we,
    links: sum('links'),
    hashtags: hashtagCount,
    emoji: sum('emoji'),
  };
  const stats = {
    ...baseStats,
    words: counts.words,
    sentences: sentences.length,
    questions: counts.questions,
    youCount: you,
    weCount: we,
    youWeRatio: you + we === 0 ? 0.5 : you / (you + we),
    links: counts.links,
    emoji: counts.emoji,
  };

  if (!analysed) {
    const dimensions = Object.fromEntries(CATEGORIES.map((c) => [c, 100])) as Dimensions;
    const score = 75;
    const review: Review = {
      score,
      verdict: verdictFor(score),
      dimensions,
      findings: [],
      suggestions: [],
      signals: [],
      stats,
      platform,
      kind,
      language: text.trim().length === 0 ? 'und' : language,
      analysed: false,
      truncated: false,
    };
    return { review, kept: [], sentences, voice, options };
  }

  const regions = voice.regions;
  const ctx: RuleContext = { voice, platform, kind, globalAudience: regions.length !== 1 };
  const ctxKey = JSON.stringify([platform, kind, voice]);
  const disabled = new Set(voice.disabledRules);
  const judging = judgingContext(window, kind, sentences, voice);

  const raw: (Finding & { replacement?: string })[] = [];
  for (const s of sentences) {
    for (const { rule, hits } of sentenceHits(s.text, ctx, ctxKey)) {
      if (disabled.has(rule.id)) continue;
      for (const hit of hits) raw.push(toFinding(rule, hit, s.start, text));
    }
  }
  const sentenceFindings = inContext(raw, judging, sentences).sort(byPosition);
  // Opening questions answered by the post's own offer are hooks, not questions to the reader.
  const hooks = findHooks(sentences, sentenceFindings, (s) => asksSomething(s.text));
  const post: PostInput = {
    text: window,
    sentences,
    sentenceFindings,
    hooks,
    counts: { ...counts, questions: counts.questions - hooks.length },
  };
  const postFindings: (Finding & { replacement?: string })[] = [];
  for (const rule of POST_RULES) {
    if (disabled.has(rule.id)) continue;
    for (const hit of rule.checkPost?.(post, ctx) ?? []) postFindings.push(toFinding(rule, hit, 0, text));
  }
  const found = [...sentenceFindings, ...inContext(postFindings, judging, sentences)]
    .filter((f) => voice.strictness !== 'gentle' || f.severity !== 'info')
    .sort(byPosition);
  const selling = sentences.map((s) =>
    found.some((f) => f.start >= s.start && f.start < s.end && f.severity !== 'info' && isSelling(f)),
  );
  const signals = findSignals(window, sentences, { hooks, care: judging.care, selling });
  // plainPrices only turns strong into warning: which sentences sell, and so the signals, stay the same.
  const kept = plainPrices(found, signals);
  const findings: Finding[] = kept.map(({ replacement: _, ...f }) => f);
  const { score, verdict, dimensions } = scoreReview(findings, signals, {
    sentences,
    you,
    strictness: voice.strictness,
  });
  const review: Review = {
    score,
    verdict,
    dimensions,
    findings,
    suggestions: [],
    signals,
    stats,
    platform,
    kind,
    language,
    analysed: true,
    truncated: end < text.length,
  };
  return { review, kept, sentences, voice, options };
}

/**
 * A price stated plainly in a post that asks its reader something, with no pressure or bait, is an
 * offer in a conversation, not a hard sell: price content alone lowers engagement, price with
 * personality raises it (Lee, Hosanagar & Nair 2018). It stays a finding, as a warning. Small print
 * (limits, validity) stays a sale.
 */
function plainPrices<F extends Finding>(findings: F[], signals: readonly Signal[]): F[] {
  if (!signals.some((s) => s.kind === 'question')) return findings;
  const pressure = findings.some(
    (f) => f.category === 'engagement-bait' || (f.category === 'urgency' && f.severity !== 'info'),
  );
  if (pressure) return findings;
  return findings.map((f) =>
    f.rule === 'hard-sell/price' && f.severity === 'strong' ? { ...f, severity: 'warning' } : f,
  );
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

const RULE_BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

function suggestionsFor(
  text: string,
  findings: readonly (Finding & { replacement?: string })[],
  base: Omit<SuggestInput, 'text' | 'topic'>,
  score: number,
  options: ReviewOptions,
): Suggestion[] {
  let topic: string | null | undefined;
  return finishSuggestions(buildSuggestions(text, findings, base), {
    text,
    findings,
    sentences: base.sentences,
    platform: base.platform,
    voice: base.voice,
    score,
    topic: () => {
      if (topic === undefined) topic = informal(text) ? null : extractTopic(base.sentences, () => false);
      return topic;
    },
    // A candidate's review needs no suggestions of its own (and is cached: an applied rewrite is
    // the next text reviewed).
    rereview: (t) => analysisOf(t, options).review,
  });
}

function buildSuggestions(
  text: string,
  findings: readonly (Finding & { replacement?: string })[],
  base: Omit<SuggestInput, 'text' | 'topic'>,
): SuggestionDraft[] {
  let topic: string | null | undefined;
  const sellingSentences = new Set(
    findings
      .filter((f) => SELLING.has(f.category) && f.severity !== 'info')
      .map((f) => base.sentences.findIndex((s) => f.start >= s.start && f.start < s.end)),
  );
  const input: SuggestInput = {
    ...base,
    text,
    topic: () => {
      if (topic === undefined) {
        topic = extractTopic(base.sentences, (s) => sellingSentences.has(base.sentences.indexOf(s)));
        if (topic === null) topic = extractTopic(base.sentences, () => false);
      }
      return topic;
    },
  };
  const out: SuggestionDraft[] = [];
  const byEdit = new Map<string, SuggestionDraft>();
  const inserts = new Set<string>();
  for (const f of findings) {
    const rule = RULE_BY_ID.get(f.rule);
    if (rule === undefined) continue;
    const draft =
      rule.suggest?.(f, input) ??
      (f.replacement !== undefined
        ? {
            label: f.replacement === '' ? `Remove “${f.actual.trim()}”` : `Use “${f.replacement.trim()}”`,
            edit: { start: f.start, end: f.end, insert: f.replacement },
            explanation: f.why,
          }
        : null);
    if (draft === null) continue;
    const key = `${draft.edit.start}:${draft.edit.end}:${draft.edit.insert}`;
    const same = byEdit.get(key);
    if (same !== undefined) {
      same.findingIds.push(f.id);
      continue;
    }
    // The same question proposed for two sentences would be asked twice: keep the first.
    if (draft.edit.insert.length > 20 && inserts.has(draft.edit.insert)) continue;
    inserts.add(draft.edit.insert);
    const suggestion: SuggestionDraft = {
      id: `${f.rule}:${draft.edit.start}-${draft.edit.end}`,
      findingIds: [f.id],
      label: draft.label,
      edit: draft.edit,
      preview: applyEdit(text, draft.edit),
      explanation: draft.explanation,
    };
    byEdit.set(key, suggestion);
    out.push(suggestion);
  }
  // A suggestion that rewrites a whole sentence also settles the findings inside it.
  for (const s of out) {
    for (const f of findings) {
      if (
        f.start >= s.edit.start &&
        f.end <= s.edit.end &&
        s.edit.end > s.edit.start &&
        !s.findingIds.includes(f.id)
      ) {
        if (s.edit.end - s.edit.start > f.end - f.start) s.findingIds.push(f.id);
      }
    }
  }
  return out;
}
