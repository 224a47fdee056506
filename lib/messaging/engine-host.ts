/**
 * The engine's side of the review protocol, in the extension context: answers validated requests
 * from the extension's own content scripts with `review()`. Pure over its inputs apart from the
 * engine's shared, bounded caches, which every tab now shares.
 */
import { review } from '../analysis/index';
import { parseReviewRequest, type ReviewReply } from './review';

/** Answers one message, or returns null when it is not a review request. */
export function answerReviewRequest(message: unknown): ReviewReply | null {
  const request = parseReviewRequest(message);
  if (request === null) return null;
  try {
    return {
      type: 'rapport:review-result',
      id: request.id,
      review: review(request.text, { platform: request.platform, kind: request.kind, voice: request.voice }),
    };
  } catch (error) {
    return { type: 'rapport:review-error', id: request.id, message: String(error) };
  }
}
