/**
 * What kind of post this is, and the conversational move that suits it: the closing questions to
 * offer, the soft lead-in for an offer that stays, and the line that introduces a kept link.
 * Data, not code: each kind is recognised by a few phrases and answered by fixed templates that
 * need no inflection (a topic only ever fills a modifier slot, or a product name a noun slot).
 *
 * Sources for the moves: DESIGN.md "Suggestions: how a rewrite is made" (questions tied to the
 * topic; offers with a human reason; credit to others; no engagement bait).
 */
import type { PostType } from '../types';

/** Recognisers in priority order: the first that matches names the post. */
export const POST_TYPE_PATTERNS: readonly [PostType, RegExp][] = [
  [
    'care',
    /^(?:@\w+|hi\s+\p{Lu}\p{L}+,)|\b(?:so sorry|we apologi[sz]e|could you dm us|thanks for (?:flagging|reporting|letting us know))\b/iu,
  ],
  [
    'giveaway',
    /\b(?:you(?:'ve| have)? won|prize|claim|giveaway|give away|giving away|chance to win|enter to win|win (?:a|an|the|one|two|\d)|contest|competition|prize draw|entries close)\b/i,
  ],
  [
    'hiring',
    /(?:\bwe(?:'re|’re| are) hiring|\bnow hiring|\bis hiring|#hiring|\bhiring[!:]|\bwe(?:'re|’re| are) looking for|we are looking for|join (?:our|the) team|open (?:roles?|positions?)|job opening|vacanc(?:y|ies)|apply (?:now|today|here|through))\b/i,
  ],
  [
    'lead-magnet',
    /\b(?:comment\s+['"“‘]?\p{Lu}+['"”’]?|(?:dm|message) me\s+['"“‘]|free (?:e-?book|guide|checklist|template|framework|audit|consultation|playbook|salary guide|report)|download (?:our|my|the) (?:free )?)/iu,
  ],
  [
    'event',
    /\b(?:webinar|workshop|conference|summit|meetup|meet-up|livestream|live stream|masterclass|keynote|session|panel discussion|ama|tickets?|pass(?:es)?|event)\b/i,
  ],
  [
    'partnership',
    /\b(?:partner(?:ship|ed|ing)? with|teamed up|team(?:ing)? up with|collaborat\w+ with|in partnership)\b/i,
  ],
  [
    'milestone',
    /\b(?:award|turns \d+|anniversary|celebrat\w+|milestone|birthday|(?:\d+|one|two|five|ten) years?|raised \S+|funding round|has won|have won)\b/i,
  ],
  [
    'launch',
    /\b(?:launch\w*|(?:announc|introduc)\w* (?:our|the|my) (?:new|first)|new \p{Lu}{2,}|introducing|now live|is live|is here|are here|just shipped|new (?:app|feature|product|version|release|collection|range|tool)|pre-?order|meet \p{Lu})/iu,
  ],
  [
    'sale',
    /(?:\d+\s?%\s?off|\bsale\b|\bdiscount|\bdeals?\b|\bpromo\b|\bcode\s+\p{Lu}|\bsave\s+[$£€]|half price|buy one|\bfree (?:shipping|gift|delivery)|[$£€]\s?\d|\bprices?\b|\bfree\b)/iu,
  ],
];

/** The kind of post a text is. */
export function detectPostType(text: string): PostType {
  for (const [type, re] of POST_TYPE_PATTERNS) if (re.test(text)) return type;
  return 'general';
}

export interface MoveInput {
  /** A product or brand name from the post ("TaskPilot", "Nimbus 2"), or null. */
  product: string | null;
  /** A topic noun phrase from the post ("remote onboarding"), or null. */
  topic: string | null;
  text: string;
}

/** Two or three closing questions for a kind of post, best first. */
export function closingQuestions(type: PostType, input: MoveInput): string[] {
  const { product, topic } = input;
  const shortTopic = topic !== null && topic.split(' ').length === 2 ? topic : null;
  // In a modifier slot a plural reads wrong ("trees challenge"): those topics wait for a better template.
  const generalTopic =
    topic !== null && topic.split(' ').length <= 2 && topic.length >= 5 && !/[^su]s$/.test(topic)
      ? topic
      : null;
  switch (type) {
    case 'launch':
      return product !== null
        ? [
            `What would you use ${product} for first?`,
            `What would you want to know about ${product} before trying it?`,
            'What should we build next?',
          ]
        : [
            'What would you try first?',
            'What would you want to know before trying it?',
            'What should we build next?',
          ];
    case 'sale':
      return [
        'What would you pick first?',
        'What has been on your wish list for a while?',
        'Who would you treat?',
      ];
    case 'event':
      return [
        'If you’re coming, what’s one question you’d want answered?',
        ...(shortTopic !== null ? [`What’s your biggest ${shortTopic} question these days?`] : []),
        'What would make it worth your time?',
      ].slice(0, 3);
    case 'hiring':
      return [
        'What would you want to know about the role?',
        'What makes a team one you’d want to join?',
        'What questions do you have about the work? Ask here and we’ll answer.',
      ];
    case 'giveaway':
      return [
        ...(/\bfor (?:two|2)\b/i.test(input.text) ? ['Who would you bring along?'] : []),
        'What would you do first if you won?',
        'What would make it a perfect day for you?',
      ].slice(0, 3);
    case 'milestone':
      return [
        'What should we do next?',
        'What’s one thing we should keep doing?',
        'What would you like to see from us next?',
      ];
    case 'lead-magnet':
      return [
        ...(shortTopic !== null ? [`What’s your biggest ${shortTopic} question these days?`] : []),
        'Which part would help you most?',
        'What would you want covered first?',
      ].slice(0, 3);
    case 'partnership':
      return [
        'What would you like to see us build together?',
        'What would you want from a partnership like this?',
      ];
    case 'care':
      return [];
    default:
      return generalTopic !== null
        ? [
            `What’s your biggest ${generalTopic} challenge these days?`,
            `What’s one ${generalTopic} lesson you learned the hard way?`,
          ]
        : // No topic good enough to name: an open question, never a fake-specific one.
          ['What’s your take?', 'What would you add?'];
  }
}

/** A conditional lead-in that turns a command into an offer the reader can take or leave. */
export const SOFT_LEAD: Record<PostType, string> = {
  launch: 'If you’d like to try it, ',
  sale: 'If you’re tempted, ',
  event: 'If you can make it, ',
  hiring: 'If this sounds like you, ',
  giveaway: 'To enter, ',
  milestone: 'If you’d like to see it, ',
  'lead-magnet': 'If it would help, ',
  partnership: 'If you’d like to know more, ',
  care: '',
  general: 'If it sounds useful, ',
};

/** The line that introduces a link kept from a dropped call to action. */
export const LINK_LEAD: Record<PostType, string> = {
  launch: 'If you’d like to try it:',
  sale: 'If you’d like a look:',
  event: 'Details:',
  hiring: 'The role in full:',
  giveaway: 'Details:',
  milestone: 'More on it:',
  'lead-magnet': 'If it would help:',
  partnership: 'More on it:',
  care: '',
  general: 'If you’d like a closer look:',
};

/** Milestones and awards credit the people behind them. */
export const CREDIT_LINE = 'Thank you to our customers and our team for getting us here.';

/** A sale gives its offer a human reason instead of pressure (the writer can edit the reason). */
export const SALE_REASON_LINE = 'Thank you to everyone who shops with us.';

/** Pressure phrases beyond the urgency rule's lexicon that a rewrite drops with their clause. */
export const EXTRA_PRESSURE: readonly RegExp[] = [
  /,?\s*(?:today|tonight|tomorrow|this (?:week(?:end)?|month))(?: and (?:today|tonight|tomorrow))? only(?![\p{L}])/giu,
  /\s*(?:before|until) (?:stock|it|they|supplies|the price)\s+(?:runs? out|sells? out|goes up|jumps|are gone|is gone)(?![\p{L}])/giu,
  /\s*once (?:it's|it’s|they're|they’re) gone,? (?:it's|it’s|they're|they’re) gone[.!]*/giu,
  /\s*(?:dates|spots|places|seats|tables) are (?:filling|going) (?:up )?(?:fast|quickly)(?:,\s*so)?/giu,
  /\s*(?:don't|don’t|do not) (?:miss (?:out|it)|wait)[.!]*/giu,
  /\s*(?:act|book|order|buy) (?:fast|quickly)(?![\p{L}])/giu,
  /\s*for the next \d+ (?:hours?|days?|minutes?)(?: only)?(?![\p{L}])/giu,
  /\s*(?:alert)(?=\s*(?:\p{Extended_Pictographic}|$))/giu,
];

/** Hype adjectives that a rewrite drops from a noun phrase (claims, not facts). */
export const HYPE_ADJECTIVES =
  'ultimate|cutting[- ]edge|best[- ]of[- ]breed|world[- ]class|best[- ]in[- ]class|revolutionary|game[- ]changing|ground[- ]?breaking|state[- ]of[- ]the[- ]art|industry[- ]leading|market[- ]leading|next[- ]level|all[- ]new|brand[- ]new|fastest|smartest|greatest|most \\p{L}+|unbeatable|incredible|amazing|insanely good';
