/** broadcast/no-question — a post of some length that asks nothing and invites nobody. */
import { questionFor } from '../suggest';
import { defineRule } from './types';

const INVITATION =
  /\b(?:let (?:me|us) know|tell (?:me|us)|share your|what do you|i'd love to hear|we'd love to hear|your thoughts|reply|comment with your|curious (?:what|how|whether|if))\b/i;
const MIN_WORDS = 25;

export const noQuestion = defineRule({
  id: 'broadcast/no-question',
  category: 'broadcast',
  title: 'No question',
  message: 'Asks nothing of the reader: a broadcast, not a conversation.',
  why: 'Engagement, not reach, is what pays off: a real question gives people a reason to reply.',
  severity: 'info',
  weight: 6,
  examples: {
    flagged: [
      'Our team shipped the new reporting module this week. It covers exports, dashboards and scheduled emails for every workspace, and it is included in all plans from today onwards.',
    ],
    clean: [
      'Our team shipped the new reporting module this week. It covers exports, dashboards and scheduled emails. Which report do you check first on a Monday?',
      'Love this song',
    ],
  },
  checkPost: (post) => {
    if (post.counts.words < MIN_WORDS || post.counts.questions > 0 || INVITATION.test(post.text)) return [];
    const last = post.sentences[post.sentences.length - 1];
    return last === undefined ? [] : [{ start: last.start, end: last.end }];
  },
  suggest: (finding, input) => {
    const question = questionFor('challenge', input.topic());
    return {
      label: `Add a question: “${question}”`,
      edit: { start: finding.end, end: finding.end, insert: ` ${question}` },
      explanation: 'End with a question about the reader’s own experience of the topic.',
    };
  },
});
