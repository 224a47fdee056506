/**
 * The message protocol between the content script (which owns the page: composers, highlights,
 * panel) and the extension context that runs the engine (the background service worker in Chrome
 * MV3, the background page in Firefox). One engine for every tab; the post text goes from the
 * page's content script to the extension and nowhere else (no `externally_connectable`: web pages
 * cannot send these). Both directions are validated: a malformed message is ignored.
 *
 * Two requests: `rapport:review` on every pause in typing (findings, score, stats; its review's
 * `suggestions` is empty), and `rapport:suggest` for the same text and options when the writer may
 * look at the suggestions (the panel opens, the badge is hovered, or idle time after the findings
 * are drawn): the conversational version and its alternatives cost many times a review. And one
 * message without content, `rapport:wake`: the first input in a composer after the engine heard
 * nothing for a while (Chrome stops an idle service worker after 30 s) starts the worker at once,
 * so that its start-up overlaps the typing and the pause instead of following them.
 */
import type { BrandVoice, Platform, PostKind, Review, Suggestion } from '../analysis/types';

export interface ReviewRequest {
  type: 'rapport:review';
  /** Increases per tab; a reply carries it back so a stale one can be dropped. */
  id: number;
  text: string;
  platform: Platform;
  kind: PostKind;
  voice: Partial<BrandVoice>;
}

/** Asks for the suggestions of a text (the same fields as a review request). */
export interface SuggestRequest extends Omit<ReviewRequest, 'type'> {
  type: 'rapport:suggest';
}

export type SuggestReply =
  | { type: 'rapport:suggest-result'; id: number; suggestions: Suggestion[] }
  | { type: 'rapport:review-error'; id: number; message: string };

export type ReviewReply =
  | { type: 'rapport:review-result'; id: number; review: Review }
  | { type: 'rapport:review-error'; id: number; message: string };

/** Starts the engine ahead of a review; carries nothing else (no text, no options). */
export interface WakeRequest {
  type: 'rapport:wake';
}

export interface WakeReply {
  type: 'rapport:awake';
}

const PLATFORMS = new Set<Platform>(['x', 'linkedin', 'facebook', 'generic']);
const KINDS = new Set<PostKind>(['post', 'reply', 'comment']);
/** Far above any post (Facebook's limit is 63,206); a bigger text is refused, not reviewed. */
export const MAX_REQUEST_CHARS = 1_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether a message is a wake-up. */
export function isWakeRequest(message: unknown): message is WakeRequest {
  return isObject(message) && message.type === 'rapport:wake';
}

/** A review request, or null when the message is not a well-formed one. */
export function parseReviewRequest(message: unknown): ReviewRequest | null {
  if (!isObject(message) || message.type !== 'rapport:review') return null;
  const fields = parseFields(message);
  return fields === null ? null : { type: 'rapport:review', ...fields };
}

/** A suggestion request, or null when the message is not a well-formed one. */
export function parseSuggestRequest(message: unknown): SuggestRequest | null {
  if (!isObject(message) || message.type !== 'rapport:suggest') return null;
  const fields = parseFields(message);
  return fields === null ? null : { type: 'rapport:suggest', ...fields };
}

function parseFields(message: Record<string, unknown>): Omit<ReviewRequest, 'type'> | null {
  const { id, text, platform, kind, voice } = message;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return null;
  if (typeof text !== 'string' || text.length > MAX_REQUEST_CHARS) return null;
  if (typeof platform !== 'string' || !PLATFORMS.has(platform as Platform)) return null;
  if (typeof kind !== 'string' || !KINDS.has(kind as PostKind)) return null;
  if (!isObject(voice)) return null;
  return { id, text, platform: platform as Platform, kind: kind as PostKind, voice };
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

/** A reply to suggestion request `id`, or null when the message is not a well-formed reply to it. */
export function parseSuggestReply(message: unknown, id: number): SuggestReply | null {
  if (!isObject(message) || message.id !== id) return null;
  if (message.type === 'rapport:review-error' && typeof message.message === 'string')
    return { type: 'rapport:review-error', id, message: message.message };
  if (message.type !== 'rapport:suggest-result' || !Array.isArray(message.suggestions)) return null;
  const suggestions = message.suggestions as unknown[];
  if (!suggestions.every((s) => isObject(s) && typeof s.preview === 'string' && isObject(s.edit)))
    return null;
  return { type: 'rapport:suggest-result', id, suggestions: suggestions as Suggestion[] };
}
