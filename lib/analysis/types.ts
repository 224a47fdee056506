/**
 * The engine's contract: every type that crosses the boundary between the review engine
 * and its callers (content script, popup, options, CLI, tests) lives here.
 */

export type Platform = 'x' | 'linkedin' | 'facebook' | 'generic';

/**
 * Where the text is going: a post of its own, a reply to someone, or a comment under a post.
 * Care and support language ("DM us your order number so we can check") is conversation in a
 * reply or comment; the same words broadcast in a post are a call to action.
 */
export type PostKind = 'post' | 'reply' | 'comment';

export type Category = 'hard-sell' | 'urgency' | 'broadcast' | 'engagement-bait' | 'global' | 'voice';

export const CATEGORIES: readonly Category[] = [
  'hard-sell',
  'urgency',
  'broadcast',
  'engagement-bait',
  'global',
  'voice',
] as const;

export type Severity = 'info' | 'warning' | 'strong';

export type Verdict = 'conversational' | 'mixed' | 'salesy';

/** A flagged span of the post. Offsets are UTF-16 code units into the reviewed text. */
export interface Finding {
  /** Stable for the same rule, span and text: `${rule}:${start}-${end}`. */
  id: string;
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** `text.slice(start, end)`, kept for display and for tests. */
  actual: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** The principle behind it, in one sentence. */
  why: string;
}

/** A replacement of `[start, end)` by `insert`. A whole-text rewrite is `{ start: 0, end: text.length }`. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** One run of a word-level diff between the current text and a suggestion's preview. */
export interface Change {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** What a post is, as far as the rewrite's move is concerned. */
export type PostType =
  | 'launch'
  | 'sale'
  | 'event'
  | 'hiring'
  | 'giveaway'
  | 'milestone'
  | 'lead-magnet'
  | 'partnership'
  | 'care'
  | 'general';

/** Another version of a whole-post rewrite (a different closing question), applied like the suggestion itself. */
export interface SuggestionAlternative {
  label: string;
  edit: TextEdit;
  preview: string;
  changes: Change[];
}

export interface Suggestion {
  id: string;
  findingIds: string[];
  /** Button-sized label, e.g. "Ask about remote onboarding". */
  label: string;
  edit: TextEdit;
  /** The full text after applying `edit`. */
  preview: string;
  explanation: string;
  /** `post`: the conversational version of the whole post (listed first); `edit`: one local change. */
  scope: 'post' | 'edit';
  /** Word-level diff of `preview` against the current text, for showing what changes. */
  changes: Change[];
  /** Protected tokens (URLs, codes, @mentions, hashtags, numbers) this suggestion removes whole. */
  removes: string[];
  /** Whole-post rewrites: the same rewrite with other closing questions (may be empty). */
  alternatives?: SuggestionAlternative[];
  /** Whole-post rewrites: the kind of post the move was chosen for. */
  postType?: PostType;
  /** Whole-post rewrites: the score the preview re-reviews at. */
  score?: number;
}

/** A positive signal: something the post does well. */
export interface Signal {
  kind: 'question' | 'you' | 'thanks' | 'story' | 'credit' | 'reply' | 'care' | 'person';
  start: number;
  end: number;
  message: string;
}

export interface ReviewStats {
  chars: number;
  /** Length as the platform counts it (X: twitter-text weighted length). */
  length: number;
  limit: number;
  overLimit: boolean;
  words: number;
  sentences: number;
  questions: number;
  youCount: number;
  weCount: number;
  /** you / (you + we), 0.5 when neither appears. */
  youWeRatio: number;
  hashtags: number;
  hashtagNorm: { min: number; max: number };
  links: number;
  emoji: number;
}

export type Dimensions = Record<Category, number>;

export interface Review {
  /** 0–100, higher is more conversational. */
  score: number;
  verdict: Verdict;
  dimensions: Dimensions;
  findings: Finding[];
  suggestions: Suggestion[];
  signals: Signal[];
  stats: ReviewStats;
  platform: Platform;
  /** The kind the text was judged as: the one asked for, else `reply` when it opens with an @mention, else `post`. */
  kind: PostKind;
  /** `en` when analysed; another code (or `und`) when the text was not analysed. */
  language: string;
  analysed: boolean;
  /** Set when only part of a very long text was analysed. */
  truncated: boolean;
}

export type Formality = 'formal' | 'neutral' | 'casual';
export type EmojiPolicy = 'none' | 'sparing' | 'free';
export type Strictness = 'gentle' | 'balanced' | 'strict';

export interface BannedPhrase {
  phrase: string;
  /** Preferred replacement; empty means "remove". */
  replacement: string;
}

export interface BrandVoice {
  name: string;
  formality: Formality;
  emoji: EmojiPolicy;
  /** Hashtags allowed per post; `null` uses the platform's norm. */
  hashtags: { max: number | null };
  banned: BannedPhrase[];
  preferred: string[];
  /**
   * Names the brand writes as it wants them (brand and product names, acronyms: "SONIC", "GEICO",
   * "EBONY Power 100"): never flagged as shouting, never changed by a rewrite.
   */
  names: string[];
  signOff: string;
  /** Audience regions, e.g. ['US', 'EU', 'IN']; more than one region turns on the global-clarity rules fully. */
  regions: string[];
  strictness: Strictness;
  /** Rule ids switched off, e.g. ['urgency/caps']. */
  disabledRules: string[];
}

export interface ReviewOptions {
  platform?: Platform;
  /** Post, reply or comment (the composer knows); omitted: a text opening with an @mention is a reply, else a post. */
  kind?: PostKind;
  voice?: Partial<BrandVoice>;
}
