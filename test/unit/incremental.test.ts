/**
 * The engine's speed-ups change no result: the shared phrase scan finds what a scan of each lexicon
 * finds, a re-review with every cache warm equals a cold review, and the idle warm-up changes
 * nothing. (No timing here: `npm run bench` measures.)
 */
import { describe, expect, it } from 'vitest';
import { clearCaches, review, warmUp } from '../../lib/analysis/index';
import * as clarity from '../../lib/analysis/lexicon/clarity';
import * as conversation from '../../lib/analysis/lexicon/conversation';
import * as intent from '../../lib/analysis/lexicon/intent';
import * as pressure from '../../lib/analysis/lexicon/pressure';
import * as sales from '../../lib/analysis/lexicon/sales';
import { matchAll, phraseRegex, segmentSentences, URL_PATTERN } from '../../lib/analysis/text';

const POSTS = [
  '📣 We are excited to announce our new CRM! Buy now and get 20% off, today only!!! Link in bio. Click here to sign up. Tell your friends. Share this post.',
  'Thanks to everyone who came to the meetup yesterday 🙏 What should we cover next time? I learned a lot from @sam’s talk on onboarding.',
  'Hi Priya, sorry about the delay! Could you DM us your order number so we can look into it? Call 0800 123 4567 if it is urgent.',
  'FLASH SALE at SONIC® Drive-In: half price shakes ALL DAY TODAY. Limited time offer, while stocks last. Visit our website www.sonic.example.com',
  'Here is what I learned after 10 years of building products: listen first. Register now for our free webinar — spots are limited! Use code SAVE10 at checkout.',
  '🎉Buy now🎉 shop now😀 ＢＵＹ ＮＯＷ ſale now on. Don’t forget to subscribe! Like and share, tag a friend who needs this.',
];

function lexicons(): string[][] {
  const out: string[][] = [];
  for (const module of [clarity, conversation, intent, pressure, sales]) {
    for (const value of Object.values(module) as unknown[]) {
      if (Array.isArray(value) && typeof value[0] === 'string') out.push(value as string[]);
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const values = Object.values(value);
        if (values.every((v) => typeof v === 'string')) out.push(Object.keys(value));
        else
          for (const v of values) if (Array.isArray(v) && typeof v[0] === 'string') out.push(v as string[]);
      }
    }
  }
  return out;
}

describe('speed-ups that change no result', () => {
  it('the shared phrase scan finds the matches String.prototype.matchAll finds, for every lexicon', () => {
    warmUp();
    const regexes = lexicons().map((patterns) => phraseRegex(patterns));
    expect(regexes.length).toBeGreaterThan(20);
    const texts = POSTS.flatMap((p) => [p, ...segmentSentences(p).map((s) => s.text)]);
    for (const text of texts) {
      // Twice: the second time from the matches kept for the text.
      for (const round of [0, 1]) {
        for (const re of regexes) {
          const expected = [...text.matchAll(re)]
            .filter((m) => m[0].length > 0)
            .map((m) => ({ start: m.index + round, end: m.index + m[0].length + round, text: m[0] }));
          expect(matchAll(re, text, round)).toEqual(expected);
        }
      }
    }
  });

  it('re-reviewing after a one-sentence edit, every cache warm, gives the cold review', () => {
    for (const platform of ['x', 'linkedin', 'facebook'] as const) {
      for (const post of POSTS) {
        review(post, { platform, suggestions: false });
        const edited = post.replace('. ', ' and one more thing. ');
        const warm = review(edited, { platform, suggestions: false });
        clearCaches();
        expect(warm).toEqual(review(edited, { platform, suggestions: false }));
        const long = `${POSTS.join('\n\n')} ${post}`;
        review(long, { platform, kind: 'reply', suggestions: false });
        const longEdited = long.replace('Tell your friends.', 'Tell your friends about it.');
        const warmLong = review(longEdited, { platform, kind: 'reply', suggestions: false });
        clearCaches();
        expect(warmLong).toEqual(review(longEdited, { platform, kind: 'reply', suggestions: false }));
      }
    }
  });

  it('counts summed over the sentences are the whole text’s counts', () => {
    const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
    for (const post of [...POSTS, POSTS.join('\n\n'), `  ${POSTS.join(' \u200b ')}\n`]) {
      const { stats } = review(post, { suggestions: false });
      expect(stats.words).toBe(count(post, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu));
      expect(stats.emoji).toBe(count(post, /\p{Extended_Pictographic}/gu));
      expect(stats.links).toBe(count(post, URL_PATTERN));
      expect(stats.youCount).toBe(
        count(
          post,
          /(?<![\p{L}'])(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|u|ur)(?![\p{L}'])/giu,
        ),
      );
    }
  });

  it('the idle warm-up changes no review', () => {
    clearCaches();
    const before = POSTS.map((p) => review(p, { platform: 'linkedin' }));
    warmUp();
    clearCaches();
    expect(POSTS.map((p) => review(p, { platform: 'linkedin' }))).toEqual(before);
  });
});
