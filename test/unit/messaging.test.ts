import { describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import {
  createReviewClient,
  createSuggestClient,
  createWaker,
  WAKE_AFTER_MS,
} from '../../lib/messaging/client';
import {
  answerEngineRequest,
  answerReviewRequest,
  answerSuggestRequest,
} from '../../lib/messaging/engine-host';
import {
  parseReviewReply,
  parseReviewRequest,
  parseSuggestReply,
  parseSuggestRequest,
  type ReviewRequest,
} from '../../lib/messaging/review';

const REQUEST: ReviewRequest = {
  type: 'rapport:review',
  id: 7,
  text: 'Buy now, today only!!!',
  platform: 'x',
  kind: 'post',
  voice: {},
};

describe('review protocol', () => {
  it('accepts a well-formed request and answers it with the engine’s own review, without suggestions', () => {
    expect(parseReviewRequest(REQUEST)).toEqual(REQUEST);
    const reply = answerReviewRequest(REQUEST);
    const full = review(REQUEST.text, { platform: 'x', kind: 'post', voice: {} });
    expect(full.suggestions.length).toBeGreaterThan(0);
    expect(reply).toEqual({
      type: 'rapport:review-result',
      id: 7,
      review: { ...full, suggestions: [] },
    });
  });

  it('answers a suggestion request with the suggestions the full review carries, for that text only', () => {
    const request = { ...REQUEST, type: 'rapport:suggest' as const, id: 9 };
    expect(parseSuggestRequest(request)).toEqual(request);
    expect(parseReviewRequest(request)).toBeNull();
    expect(parseSuggestRequest(REQUEST)).toBeNull();
    const full = review(REQUEST.text, { platform: 'x', kind: 'post', voice: {} });
    const reply = answerSuggestRequest(request);
    expect(reply).toEqual({ type: 'rapport:suggest-result', id: 9, suggestions: full.suggestions });
    expect(answerEngineRequest(request)).toEqual(reply);
    expect(answerEngineRequest(REQUEST)).toEqual(answerReviewRequest(REQUEST));
    expect(answerEngineRequest({ type: 'rapport:toggle-panel' })).toBeNull();
    expect(parseSuggestReply(reply, 9)).toEqual(reply);
    expect(parseSuggestReply(reply, 10)).toBeNull();
    expect(parseSuggestReply({ type: 'rapport:suggest-result', id: 9, suggestions: [{}] }, 9)).toBeNull();
    const other = answerSuggestRequest({ ...request, text: 'Hello there, how was your week?' });
    expect(other).toEqual({
      type: 'rapport:suggest-result',
      id: 9,
      suggestions: review('Hello there, how was your week?', { platform: 'x', kind: 'post' }).suggestions,
    });
  });

  it.each([
    ['not an object', 'rapport:review'],
    ['another type', { ...REQUEST, type: 'rapport:toggle-panel' }],
    ['a non-integer id', { ...REQUEST, id: 1.5 }],
    ['text that is not a string', { ...REQUEST, text: 42 }],
    ['an unknown platform', { ...REQUEST, platform: 'myspace' }],
    ['an unknown kind', { ...REQUEST, kind: 'dm' }],
    ['no voice', { ...REQUEST, voice: null }],
    ['a text over a million characters', { ...REQUEST, text: 'a'.repeat(1_000_001) }],
  ])('ignores a request with %s', (_name, message) => {
    expect(parseReviewRequest(message)).toBeNull();
    expect(answerReviewRequest(message)).toBeNull();
  });

  it('takes a reply only for the request it answers, and only when it looks like a review', () => {
    const reply = answerReviewRequest(REQUEST)!;
    expect(parseReviewReply(reply, 7)).toEqual(reply);
    expect(parseReviewReply(reply, 8)).toBeNull();
    expect(parseReviewReply({ type: 'rapport:review-result', id: 7, review: { score: '1' } }, 7)).toBeNull();
    expect(parseReviewReply(undefined, 7)).toBeNull();
  });
});

describe('review client', () => {
  it('numbers its requests and resolves to the engine’s review', async () => {
    const sent: ReviewRequest[] = [];
    const client = createReviewClient(async (message) => {
      sent.push(message);
      return answerReviewRequest(message);
    });
    const a = await client('Hello there, how was your week?', { platform: 'x', kind: 'reply', voice: {} });
    const b = await client('Buy now!', { platform: 'linkedin', kind: 'post', voice: {} });
    expect(sent.map((m) => m.id)).toEqual([1, 2]);
    expect(a.score).toBe(review('Hello there, how was your week?', { platform: 'x', kind: 'reply' }).score);
    expect(b.platform).toBe('linkedin');
  });

  it('asks for suggestions with its own request numbers', async () => {
    const sent: unknown[] = [];
    const suggest = createSuggestClient(async (message) => {
      sent.push(message);
      return answerEngineRequest(message);
    });
    const list = await suggest(REQUEST.text, { platform: 'x', kind: 'post', voice: {} });
    expect(sent).toEqual([{ ...REQUEST, type: 'rapport:suggest', id: 1 }]);
    expect(list).toEqual(review(REQUEST.text, { platform: 'x', kind: 'post' }).suggestions);
    await expect(createSuggestClient(async () => undefined)('x', REQUEST)).rejects.toThrow(
      'sent no suggestions back',
    );
  });

  it('rejects with a clear error when the engine sends nothing or an error back', async () => {
    await expect(
      createReviewClient(async () => undefined)('x', { platform: 'x', kind: 'post', voice: {} }),
    ).rejects.toThrow('sent no review back');
    await expect(
      createReviewClient(async (m) => ({ type: 'rapport:review-error', id: m.id, message: 'boom' }))('x', {
        platform: 'x',
        kind: 'post',
        voice: {},
      }),
    ).rejects.toThrow('boom');
  });
});

describe('engine host', () => {
  it('answers the same request twice with the same review, and a changed voice with a new one', () => {
    const a = answerReviewRequest({ ...REQUEST, id: 1 });
    const b = answerReviewRequest({ ...REQUEST, id: 2 });
    expect(a?.type === 'rapport:review-result' && b?.type === 'rapport:review-result').toBe(true);
    if (a?.type !== 'rapport:review-result' || b?.type !== 'rapport:review-result') return;
    expect(b.id).toBe(2);
    expect(b.review).toEqual(a.review);
    const banned = answerReviewRequest({
      ...REQUEST,
      id: 3,
      text: 'Let us synergy.',
      voice: { banned: [{ phrase: 'synergy', replacement: '' }] },
    });
    const plain = answerReviewRequest({ ...REQUEST, id: 4, text: 'Let us synergy.', voice: {} });
    if (banned?.type !== 'rapport:review-result' || plain?.type !== 'rapport:review-result')
      throw new Error('no review');
    expect(banned.review.findings.some((f) => f.category === 'voice')).toBe(true);
    expect(plain.review.findings.some((f) => f.category === 'voice')).toBe(false);
  });
});

describe('wake-up', () => {
  it('is sent on the first input, and again only after WAKE_AFTER_MS without any message to the engine', async () => {
    let clock = 1_000_000;
    const sent: unknown[] = [];
    const waker = createWaker(
      (message) => {
        sent.push(message);
        return Promise.reject(new Error('no receiver')); // an unanswered wake-up is ignored
      },
      () => clock,
    );
    waker.onInput();
    expect(sent).toEqual([{ type: 'rapport:wake' }]); // the type only: no text, no options
    for (let i = 0; i < 50; i++) {
      clock += 100;
      waker.onInput();
    }
    expect(sent).toHaveLength(1);
    clock += WAKE_AFTER_MS - 1000;
    waker.contacted(); // a review was asked for
    clock += WAKE_AFTER_MS;
    waker.onInput();
    expect(sent).toHaveLength(1);
    clock += 1;
    waker.onInput();
    expect(sent).toHaveLength(2);
    await Promise.resolve();
  });

  it('is answered by the engine without a review, and only a wake-up is', () => {
    expect(answerEngineRequest({ type: 'rapport:wake' })).toEqual({ type: 'rapport:awake' });
    expect(answerEngineRequest({ type: 'rapport:wake', text: 'Buy now' })).toEqual({ type: 'rapport:awake' });
    expect(answerEngineRequest({ type: 'rapport:awake' })).toBeNull();
    expect(answerEngineRequest('rapport:wake')).toBeNull();
  });
});
