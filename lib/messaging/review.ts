/**
 * The message protocol between the content script (which owns the page: composers, highlights,
 * panel) and the extension context that runs the engine (the background service worker in Chrome
 * MV3, the background page in Firefox). One engine for every tab; the post text goes from the
 * page's content script to the extension and nowhere else (no `externally_connectable`: web pages
 * cannot send these). Both directions are validated: a malformed message is ignored.
 */
import type { BrandVoice, Platform, PostKind, Review } from '../analysis/types';

export interface ReviewRequest {
  type: 'rapport:review';
  /** Increases per tab; a reply carries it back so a stale one can be dropped. */
  id: number;
  text: string;
  platform: Platform;
  kind: PostKind;
  voice: Partial<BrandVoice>;
}

export type ReviewReply =
  | { type: 'rapport:review-result'; id: number; review: Review }
  | { type: 'rapport:review-error'; id: number; message: string };

const PLATFORMS = new Set<Platform>(['x', 'linkedin', 'facebook', 'generic']);
const KINDS = new Set<PostKind>(['post', 'reply', 'comment']);
/** Far above any post (Facebook's limit is 63,206); a bigger text is refused, not reviewed. */
export const MAX_REQUEST_CHARS = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A review request, or null when the message is not a well-formed one. */
export function parseReviewRequest(message: unknown): ReviewRequest | null {
  if (!isObject(message) || message.type !== 'rapport:review') return null;
  const { id, text, platform, kind, voice } = message;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  if (typeof text !== 'string' || text.length > MAX_REQUEST_CHARS) return null;
  if (typeof platform !== 'string' || !PLATFORMS.has(platform as Platform)) return null;
  if (typeof kind !== 'string' || !KINDS.has(kind as PostKind)) return null;
  if (!isObject(voice)) return null;
  return { type: 'rapport:review', id, text, platform: platform as Platform, kind: kind as PostKind, voice };
}

/** A reply to request `id`, or null when the message is not a well-formed reply to it. */
export function parseReviewReply(message: unknown, id: number): ReviewReply | null {
  if (!isObject(message) || message.id !== id) return null;
  if (message.type === 'rapport:review-error' && typeof message.message === 'string')
    return { type: 'rapport:review-error', id, message: message.message };
  if (message.type !== 'rapport:review-result' || !isObject(message.review)) return null;
  const review = message.review;
  if (
    typeof review.score !== 'number' ||
    !Array.isArray(review.findings) ||
    !Array.isArray(review.suggestions) ||
    !isObject(review.stats)
  )
    return null;
  return { type: 'rapport:review-result', id, review: review as unknown as Review };
}
