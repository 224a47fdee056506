/**
 * The content script's side of the review protocol: sends a composer's text to the engine in the
 * extension and resolves to its review. `send` is the browser's `runtime.sendMessage`.
 */
import type { BrandVoice, Platform, PostKind, Review, Suggestion } from '../analysis/types';
import { parseReviewReply, parseSuggestReply, type ReviewRequest, type SuggestRequest } from './review';

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
