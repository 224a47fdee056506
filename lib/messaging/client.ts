/**
 * The content script's side of the review protocol: sends a composer's text to the engine in the
 * extension and resolves to its review. `send` is the browser's `runtime.sendMessage`.
 */
import type { BrandVoice, Platform, PostKind, Review } from '../analysis/types';
import { parseReviewReply, type ReviewRequest } from './review';

export type ReviewFn = (
  text: string,
  options: { platform: Platform; kind: PostKind; voice: Partial<BrandVoice> },
) => Promise<Review>;

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
