/**
 * broadcast/hook — a rhetorical question in the opening that the next sentences answer with the
 * product ("Are you still losing deals to slow follow-ups? Our AI assistant… Book a demo"). It is
 * a sales hook, not an invitation to talk: it does not count as a question to the reader.
 */
import type { Finding } from '../types';
import { askInstead } from './cta';
import { defineRule, type PostSentence } from './types';

/** How far into the post a hook may sit (the opening), and how soon the answer must follow. */
const OPENING_SENTENCES = 2;
const ANSWER_WITHIN = 2;
// The answer offers something: we/our/my, "I help", "there's a better way", "meet/introducing X", "with X".
const OFFER =
  /(?<![\p{L}])(?:our|we|we've|we're|we'll|us|my|i've|i'll|i help|i built|i made|there's a better way|meet|introducing|with \p{Lu}[\p{L}\d]+|say goodbye|look no further|that's why)(?![\p{L}])/iu;

// The pitch that answers a hook: a hard sell or bait (urgency alone, "right now", answers nothing).
function selling(f: Finding): boolean {
  if (f.severity === 'info') return false;
  if (f.category === 'hard-sell') return f.severity === 'strong' || f.rule !== 'hard-sell/cta';
  return f.category === 'engagement-bait';
}

/** Indexes of the opening questions that the post answers with its own offer. */
export function findHooks(
  sentences: readonly PostSentence[],
  findings: readonly Finding[],
  asks: (s: PostSentence) => boolean,
): number[] {
  const sellingAt = (i: number) => {
    const s = sentences[i];
    return findings.some((f) => f.start >= s.start && f.start < s.end && selling(f));
  };
  const hooks: number[] = [];
  const last = sentences.length - 1;
  for (let i = 0; i < Math.min(OPENING_SENTENCES, last); i++) {
    if (!asks(sentences[i])) continue;
    let sells = false;
    for (let j = i + 1; j <= last; j++) sells ||= sellingAt(j);
    if (!sells) continue;
    let answered = false;
    for (let j = i + 1; j <= Math.min(last, i + ANSWER_WITHIN); j++) {
      if (asks(sentences[j])) break;
      answered ||= OFFER.test(sentences[j].text) || sellingAt(j);
    }
    if (answered) hooks.push(i);
  }
  return hooks;
}

export const hook = defineRule({
  id: 'broadcast/hook',
  category: 'broadcast',
  title: 'Rhetorical hook',
  message: 'Opens with a question the post answers itself with its offer: a sales hook, not a question.',
  why: 'A real question wants the reader’s answer; a hook only sets up the pitch, and readers recognise it.',
  severity: 'warning',
  weight: 10,
  examples: {
    flagged: [
      'Are you still losing deals to slow follow-ups? Our AI assistant writes them for you. Book a free demo today.',
      'Struggling to sleep? Our herbal tea blend is 25% OFF this week only!',
    ],
    clean: [
      'A question for engineering leads: how do you run retrospectives? Ours keep turning into status updates. What has worked for you?',
      'Are you going to the meetup tonight? We could share a taxi.',
    ],
  },
  checkPost: (post) =>
    post.hooks.map((i) => ({ start: post.sentences[i].start, end: post.sentences[i].end })),
  suggest: (finding, input) => askInstead('challenge', finding, input),
});
