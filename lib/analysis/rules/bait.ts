/**
 * engagement-bait/* — the five kinds of engagement bait that Facebook's and LinkedIn's policies
 * demote (react, comment, share, tag, vote baiting) plus follow baiting. One rule per kind; they
 * differ only in their lexicon, so they are declared together.
 */
import { BAIT } from '../lexicon/conversation';
import { questionFor, sentenceAt } from '../suggest';
import { phraseMatcher } from './phrase';
import { defineRule, type Rule } from './types';

const KIND_TEXT: Record<
  keyof typeof BAIT,
  { title: string; message: string; flagged: string[]; clean: string[] }
> = {
  react: {
    title: 'React bait',
    message: 'Asks for likes or reactions instead of a real response.',
    flagged: ['Like if you agree!', 'Smash that like button', 'React with a heart if you love Mondays'],
    clean: ['I like this idea a lot.', 'How would you react if your manager did this?'],
  },
  comment: {
    title: 'Comment bait',
    message: 'Asks for a one-word comment to game the algorithm.',
    flagged: ['Comment YES if you want the guide', 'Type AMEN below', 'Drop a 🔥 below'],
    clean: ['Your comment yesterday changed how I see this.', 'What would you add to this list?'],
  },
  share: {
    title: 'Share bait',
    message: 'Asks people to share or retweet.',
    flagged: ['Share this with everyone you know', 'RT to win', 'Please share'],
    clean: [
      'Would you share what worked for you?',
      'We share an office with a bakery.',
      'If any customers ask what I think, I will share this exact incident.',
      'My foster puppy thought he’d like to share it with me this time.',
    ],
  },
  tag: {
    title: 'Tag bait',
    message: 'Asks people to tag friends.',
    flagged: ['Tag a friend who needs this', 'Tag 3 friends to enter'],
    clean: ['The tag line took us a week.', 'Who taught you the most about design?'],
  },
  vote: {
    title: 'Vote bait',
    message: 'Uses reactions or comments as a vote.',
    flagged: ['Vote with a reaction: ❤️ for pizza', 'Like for cats, share for dogs'],
    clean: ['Did you vote in the team poll?'],
  },
  follow: {
    title: 'Follow bait',
    message: 'Asks for follows or subscriptions.',
    flagged: ['Follow us for more tips', 'Like and subscribe', 'sub4sub'],
    clean: ['I follow a lot of designers for inspiration.', 'Which newsletters do you subscribe to?'],
  },
};

/**
 * A subject or modal just before the phrase ("I will share this incident", "he'd like to share it
 * with me", "we never tag"): the writer tells what someone does, nobody is asked to.
 */
const TOLD =
  /(?<![\p{L}'’])(?:i|we|they|he|she|it|i(?:'|’)ll|we(?:'|’)ll|i(?:'|’)d|he(?:'|’)d|she(?:'|’)d|they(?:'|’)d|will|would|might|did|didn(?:'|’)t|doesn(?:'|’)t|never|always)\s+(?:(?:like|love|want|wanted|going|have|had|need|used)\s+to\s+)?$/iu;

/** One rule for each kind of engagement bait. */
export const baitRules: Rule[] = (Object.keys(BAIT) as (keyof typeof BAIT)[]).map((kind) => {
  const match = phraseMatcher(BAIT[kind]);
  const text = KIND_TEXT[kind];
  return defineRule({
    id: `engagement-bait/${kind}`,
    category: 'engagement-bait',
    title: text.title,
    message: text.message,
    why: 'Platforms demote engagement bait; an open question people want to answer earns real replies.',
    severity: 'strong',
    weight: 18,
    examples: { flagged: text.flagged, clean: text.clean },
    checkSentence: (s) =>
      match(s.text).filter((h) => !TOLD.test(s.text.slice(Math.max(0, h.start - 24), h.start))),
    suggest: (finding, input) => {
      const sentence = sentenceAt(input.sentences, finding.start);
      if (sentence === undefined) return null;
      const question = questionFor('experience', input.topic());
      return {
        label: `Ask instead: “${question}”`,
        edit: { start: sentence.start, end: sentence.end, insert: question },
        explanation:
          'An open question people want to answer gets real replies, and platforms do not demote it.',
      };
    },
  });
});
