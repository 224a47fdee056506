/**
 * The engine's side of the review protocol, in the extension context: answers validated requests
 * from the extension's own content scripts with `review()`. Pure over its inputs apart from the
 * engine's shared, bounded caches, which every tab now shares.
 */
import { review } from '../analysis/index';
import type { Review } from '../analysis/types';
import { parseReviewRequest, type ReviewReply } from './review';

/**
 * The latest reviews, for every tab: a composer re-reviews the same text often (Draft.js re-renders
 * on caret moves, a dismissed finding, a voice change elsewhere), and a review with its rewrite costs
 * milliseconds to tens of milliseconds on a long post. Bounded; the key is everything the review
 * depends on.
 */
const RECENT_LIMIT = 32;
const recent = new Map<string, Review>();

/** Answers one message, or returns null when it is not a review request. */
export function answerReviewRequest(message: unknown): ReviewReply | null {
  const request = parseReviewRequest(message);
  if (request === null) return null;
  try {
    const key = JSON.stringify([request.text, request.platform, request.kind, request.voice]);
    let result = recent.get(key);
    if (result === undefined) {
      result = review(request.text, { platform: request.platform, kind: request.kind, voice: request.voice });
      if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
    } else recent.delete(key);
    recent.set(key, result); // newest last
    return { type: 'rapport:review-result', id: request.id, review: result };
  } catch (error) {
    return { type: 'rapport:review-error', id: request.id, message: String(error) };
  }
}
