/** The shape every rule shares: metadata, examples, and a sentence- or post-level check. */
import type { ParsedSentence } from '../tokens';
import type { BrandVoice, Category, Finding, Platform, PostKind, Severity, TextEdit } from '../types';

/** A match reported by a rule; offsets relative to the sentence (sentence rules) or the post (post rules). */
export interface Hit {
  start: number;
  end: number;
  severity?: Severity;
  /** Overrides the rule's message for this hit. */
  message?: string;
  /** A drop-in replacement for the span ('' removes it), when the rule knows one. */
  replacement?: string;
}

export interface RuleContext {
  voice: BrandVoice;
  platform: Platform;
  /** Post, reply or comment, as the text is judged. */
  kind: PostKind;
  /** The audience spans regions (or is unknown): dates, times and currencies must be unambiguous. */
  globalAudience: boolean;
}

export interface SentenceInput {
  text: string;
  /** Part-of-speech parse, computed on first use and cached per sentence. */
  parsed(): ParsedSentence;
}

export interface PostSentence {
  text: string;
  start: number;
  end: number;
  parsed(): ParsedSentence;
  /** The sentence opens with a bare verb (cheap: parses the opener only). */
  imperative(): boolean;
}

export interface PostInput {
  /** The analysed part of the text (the whole text unless it was very long). */
  text: string;
  sentences: readonly PostSentence[];
  /** Findings of the sentence rules, in text order (those that hold in the text's context). */
  sentenceFindings: readonly Finding[];
  /** Indexes of opening questions the post answers with its own offer (not questions to the reader). */
  hooks: readonly number[];
  counts: {
    words: number;
    questions: number;
    you: number;
    we: number;
    links: number;
    hashtags: number;
    emoji: number;
  };
}

/** Everything a rule can use to propose a rewrite. */
export interface SuggestInput {
  text: string;
  voice: BrandVoice;
  platform: Platform;
  sentences: readonly PostSentence[];
  /** The post's main topic as a short noun phrase ("remote onboarding"), or null. */
  topic(): string | null;
}

export interface SuggestionDraft {
  label: string;
  edit: TextEdit;
  explanation: string;
}

export interface Rule {
  /** `${category}/${name}`, stable: used in voice.disabledRules and stats. */
  id: string;
  category: Category;
  /** Short name for lists and the options page. */
  title: string;
  /** Default message of a finding. */
  message: string;
  /** The principle, one sentence. */
  why: string;
  severity: Severity;
  /** Score penalty for one finding of severity 'warning' (info counts half, strong 1.5x). */
  weight: number;
  /** Example sentences, proved by the unit tests: `flagged` must raise this rule, `clean` must not. */
  examples: { flagged: readonly string[]; clean: readonly string[] };
  checkSentence?(sentence: SentenceInput, ctx: RuleContext): Hit[];
  checkPost?(post: PostInput, ctx: RuleContext): Hit[];
  /** A rewrite for one finding; without it, a hit's `replacement` (if any) becomes the suggestion. */
  suggest?(finding: Finding, input: SuggestInput): SuggestionDraft | null;
}

/** Declares a rule (identity function that keeps the literal types checked). */
export function defineRule(rule: Rule): Rule {
  return rule;
}
