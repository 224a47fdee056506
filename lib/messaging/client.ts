/**
 * The content script's side of the review protocol: sends a composer's text to the engine in the
 * extension and resolves to its review. `send` is the browser's `runtime.sendMessage`.
 */
import type { BrandVoice, Platform, PostKind, Review, Suggestion } from '../analysis/types';
import {
  parseReviewReply,
  parseSuggestReply,
  type ReviewRequest,
  type SuggestRequest,
  type WakeRequest,
} from './review';

export interface RequestOptions {
  platform: Platform;
  kind: PostKind;
  voice: Partial<BrandVoice>;
}

/** Reviews a text: findings, score and stats; its `suggestions` is empty (see `SuggestFn`). */
export type ReviewFn = (text: string, options: RequestOptions) => Promise<Review>;

/** The suggestions of a text (the conversational version first), built lazily by the engine. */
export type SuggestFn = (text: string, options: RequestOptions) => Promise<Suggestion[]>;

/** A review function backed by the extension's engine. */
export function createReviewClient(send: (message: ReviewRequest) => Promise<unknown>): ReviewFn {
  let nextId = 0;
  return async (text, { platform, kind, voice }) => {
    const id = ++nextId;
    const answer = await send({ type: 'rapport:review', id, text, platform, kind, voice });
    const reply = parseReviewReply(answer, id);
    if (reply === null) throw new Error('Rapport’s engine sent no review back.');
    if (reply.type === 'rapport:review-error') throw new Error(reply.message);
    return reply.review;
  };
}

/** A suggestion function backed by the extension's engine (its own request numbers). */
export function createSuggestClient(send: (message: SuggestRequest) => Promise<unknown>): SuggestFn {
  let nextId = 0;
  return async (text, { platform, kind, voice }) => {
    const id = ++nextId;
    const answer = await send({ type: 'rapport:suggest', id, text, platform, kind, voice });
    const reply = parseSuggestReply(answer, id);
    if (reply === null) throw new Error('Rapport’s engine sent no suggestions back.');
    if (reply.type === 'rapport:review-error') throw new Error(reply.message);
    return reply.suggestions;
  };
}

/**
 * Chrome stops an extension's idle service worker after 30 s without events: after this long
 * without a message to the engine, the first input sends a wake-up.
 */
export const WAKE_AFTER_MS = 20_000;

export interface Waker {
  /** Notes a message sent to the engine (it is awake for a while). */
  contacted(): void;
  /** On input in a composer: a wake-up when the engine heard nothing for WAKE_AFTER_MS (one clock read otherwise). */
  onInput(): void;
}

/**
 * Wakes the engine on the first input after it was idle, so its start-up (module evaluation, about
 * half a second in a stopped worker) overlaps the typing and the pause before the review. The
 * wake-up carries no text; an unanswered one is ignored (the review reports its own failure).
 */
export function createWaker(
  send: (message: WakeRequest) => Promise<unknown>,
  now: () => number = Date.now,
): Waker {
  let last = Number.NEGATIVE_INFINITY;
  return {
    contacted() {
      last = now();
    },
    onInput() {
      const t = now();
      if (t - last <= WAKE_AFTER_MS) return;
      last = t;
      send({ type: 'rapport:wake' }).catch(() => undefined);
    },
  };
}
