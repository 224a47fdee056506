/**
 * The engine's side of the review protocol, in the extension context: answers validated requests
 * from the extension's own content scripts with `review()` (findings, score and stats, on every
 * pause in typing) and `suggest()` (the conversational version and single edits, asked for lazily).
 * Pure over its inputs apart from the engine's shared, bounded caches, which every tab now shares.
 */
import { review, suggest, warmUp } from '../analysis/index';
import type { Review, Suggestion } from '../analysis/types';
import {
  isWakeRequest,
  parseReviewRequest,
  parseSuggestRequest,
  type ReviewReply,
  type ReviewRequest,
  type SuggestReply,
  type WakeReply,
} from './review';

/**
 * The latest reviews and suggestions, for every tab: a composer re-reviews the same text often
 * (Draft.js re-renders on caret moves, a dismissed finding, a voice change elsewhere), and the
 * suggestions of a long post cost tens of milliseconds. Bounded; the key is everything a review
 * depends on; newest last.
 */
const RECENT_LIMIT = 32;
const recentReviews = new Map<string, Review>();
const recentSuggestions = new Map<string, Suggestion[]>();

function remember<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let result = cache.get(key);
  if (result === undefined) {
    result = compute();
    if (cache.size >= RECENT_LIMIT) cache.delete(cache.keys().next().value as string);
  } else cache.delete(key);
  cache.set(key, result);
  return result;
}

const keyOf = (r: Omit<ReviewRequest, 'type'>) => JSON.stringify([r.text, r.platform, r.kind, r.voice]);

/** Answers one review request (without suggestions), or returns null when it is not one. */
export function answerReviewRequest(message: unknown): ReviewReply | null {
  const request = parseReviewRequest(message);
  if (request === null) return null;
  try {
    const { text, platform, kind, voice } = request;
    const result = remember(recentReviews, keyOf(request), () =>
      review(text, { platform, kind, voice, suggestions: false }),
    );
    return { type: 'rapport:review-result', id: request.id, review: result };
  } catch (error) {
    return { type: 'rapport:review-error', id: request.id, message: String(error) };
  }
}

/** Answers one suggestion request, or returns null when it is not one. */
export function answerSuggestRequest(message: unknown): SuggestReply | null {
  const request = parseSuggestRequest(message);
  if (request === null) return null;
  try {
    const { text, platform, kind, voice } = request;
    const suggestions = remember(recentSuggestions, keyOf(request), () =>
      suggest(text, { platform, kind, voice }),
    );
    return { type: 'rapport:suggest-result', id: request.id, suggestions };
  } catch (error) {
    return { type: 'rapport:review-error', id: request.id, message: String(error) };
  }
}

/**
 * Answers a review or a suggestion request, or a wake-up (which only had to start this context);
 * null for any other message. The caller calls `warmUpSoon()` once its answer is sent.
 */
export function answerEngineRequest(message: unknown): ReviewReply | SuggestReply | WakeReply | null {
  if (isWakeRequest(message)) return { type: 'rapport:awake' };
  return answerReviewRequest(message) ?? answerSuggestRequest(message);
}

let warmedUp = false;

/**
 * After the first answer (a wake-up's included), once: the engine's start-up work that the first
 * review did not need (compiling the shared phrase scan, building compromise's tagger), in a task
 * of its own so that the next reviews find it done. Called after the answer was sent: scheduled
 * before an answer that waits on something (the e2e build's optional delay reads storage first),
 * it would run ahead of that answer.
 */
export function warmUpSoon(): void {
  if (warmedUp) return;
  warmedUp = true;
  setTimeout(() => {
    try {
      warmUp();
    } catch {
      // Only speed depends on it.
    }
  }, 0);
}
