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
  /** The rewrite offers to share the lead magnet openly ("I’ll share my playbook with anyone who asks"). */
  shares?: boolean;
}

/** Two or three closing questions for a kind of post, best first. */
export function closingQuestions(type: PostType, input: MoveInput): string[] {
  // No question is built from a noun phrase of the post ("What's your biggest still room challenge?"):
  // a phrase picked by a parser is too often not what the post is about. Questions are topic-free,
  // fitted to the kind of post, or name a product the post clearly launches.
  const { product } = input;
  const speaksAsBrand = /(?<![\p{L}])(?:we|our|us|we're|we’re|we've|we’ve)(?![\p{L}])/iu.test(input.text);
  const celebrates =
    /^\P{L}*(?:happy|merry)\s|\bhappy (?:[\p{L}'’]+ ){0,3}(?:day|holidays?|new year|thanksgiving|easter|halloween|hanukkah|fourth|4th)\b/iu.test(
      input.text,
    );
  switch (type) {
    case 'launch':
      return product !== null && launchedProduct(product, input.text)
        ? [
            `What would you use ${product} for first?`,
            `What would you want to know about ${product} before trying it?`,
            'What should we build next?',
          ]
        : ['What do you think?', 'What would you want to know before trying it?'];
    case 'sale':
      // A price or "free" in a post that sells nothing (a charity's total, a free app) is not a shop.
      if (
        !/\d\s?%\s?off|\bhalf (?:price|off)\b|\bhappy hour\b|\bsale\b|\bdeals?\b|\bdiscount|\bpromo|\bcode\s+\p{Lu}|\bsave\b|buy one|\bfree (?:shipping|gift|delivery)|\b(?:only|just)\s+[$£€]|[$£€]\s?\d+(?:\.\d\d)?\s+(?:each|for|off)\b/iu.test(
          input.text,
        )
      )
        return ['What’s your take?'];
      // One product on offer ("Our tea blend is 25% off") is not a shop to pick from.
      return singleProduct(input.text)
        ? ['If you’ve tried it, what did you think?', 'Who would you share it with?']
        : [
            'What would you pick first?',
            'What has been on your wish list for a while?',
            'Who would you treat?',
          ];
    case 'event': {
      // An event the reader can attend (a date, a time, an invitation); a recap asks about the post.
      if (
        !/\b(?:join us|join our|register|sign up|rsvp|come (?:by|to|see|join)|see you|tickets? (?:are|go) on sale|\d{1,2}(?::\d\d)?\s?(?:am|pm)|(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(
          input.text,
        )
      )
        return ['What’s your take?'];
      // Only the host asks its guests: a customer asking to book ("Please reserve ticket…") is not one.
      if (!speaksAsBrand && !/\b(?:join (?:us|me)|see you)\b/i.test(input.text)) return [];
      // The person on stage makes the question concrete ("…you’d like our CFO to answer?").
      const speaker = speakerOf(input.text);
      return [
        ...(speaker !== null
          ? [`If you’re coming, what’s one question you’d like ${speaker} to answer?`]
          : []),
        'If you’re coming, what’s one question you’d want answered?',
        'What would make it worth your time?',
      ].slice(0, 3);
    }
    case 'hiring':
      return ['What would you want to know about the role?', 'What makes a team one you’d want to join?'];
    case 'giveaway':
      // Never "if you won": the prize claim is what the rewrite takes out.
      return [
        ...(/\b(?:for (?:two|2|four|4)|family|pass(?:es)?|tickets?|trip|getaway|dinner|meal|stay)\b/i.test(
          input.text,
        )
          ? ['Who would you bring along?']
          : []),
        ...(/\b(?:voucher|gift card|credit|cash|[$£€]\s?\d)/i.test(input.text)
          ? ['What would you spend it on?']
          : []),
      ].slice(0, 3);
    case 'milestone':
      // "What should we do next?" only when the milestone is the writer's own.
      // Wishes to someone else ("Happy Anniversary to our friends…", "Congratulations to…") ask nothing.
      if (/^\P{L}*(?:happy (?:\p{L}+ )?(?:anniversary|birthday)|congrat)/iu.test(input.text)) return [];
      if (celebrates && !speaksAsBrand) return ['How are you celebrating?'];
      return speaksAsBrand ? ['What should we do next?', 'What would you like to see from us next?'] : [];
    case 'lead-magnet':
      // After "I’ll share my framework with anyone who asks", the reader picks what to ask about.
      return input.shares === true
        ? ['Which part would help you most?', 'What would you want covered first?']
        : ['Which part would help you most?', 'What would you want covered first?'];
    case 'partnership':
      return [
        'What would you like to see us build together?',
        'What would you want from a partnership like this?',
      ];
    case 'care':
      return [];
    default:
      if (/^\P{L}*(?:happy (?:\p{L}+ )?(?:anniversary|birthday))/iu.test(input.text)) return [];
      if (celebrates) return ['How are you celebrating?'];
      // Congratulations to someone are not a prompt for opinions.
      if (/^\P{L}*(?:congrat|shout-?out|rest in peace|rip\b|in memory)/iu.test(input.text)) return [];
      // An open question, never a fake-specific one.
      return ['What’s your take?', 'What would you add?'];
  }
}

/**
 * Whether the post clearly launches `product` as a thing to use: a CamelCase or numbered name
 * ("LedgerLoop", "Nimbus 2") named after a launch word, in a post about an app, tool or feature.
 */
function launchedProduct(product: string, text: string): boolean {
  const shaped = /\p{Ll}\p{Lu}|\s\d/u.test(product) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(product);
  const escaped = product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const launched = new RegExp(
    `(?:launch(?:ed|ing)?(?: of)?|introducing|meet|announcing|new|try)\\s+(?:the\\s+)?${escaped}`,
    'i',
  ).test(text);
  const usable =
    /\b(?:app|tool|toolkit|kit|software|platform|feature|dashboard|plugin|extension|service|api|sdk|device|tracker|suite|assistant|editor)s?\b/i.test(
      text,
    );
  return shaped && launched && usable;
}

/** Whether a sale is about one product ("Our herbal tea blend is 25% off") rather than a range. */
export function singleProduct(text: string): boolean {
  if (
    /\b(?:all|every|everything|sitewide|site-wide|store-?wide|storewide|range|collection|selected|orders|items|products)\b/i.test(
      text,
    )
  )
    return false;
  return /\b(?:our|my|the) (?:[\p{L}-]+ ){0,4}(?:is|['’]s)(?![\p{L}])[^.!?]{0,24}?(?:\d+\s?%|[$£€]\s?\d|half price|on sale)/iu.test(
    text,
  );
}

/** "Our VP of Sales", "our CFO", "our founder": who speaks at an event, as the post names them. */
export function speakerOf(text: string): string | null {
  const m =
    /\b([Oo]ur|[Mm]y) ((?:(?:co-?)?founders?|CEO|CTO|CFO|COO|CMO|CPO|head chef|(?:VP|Head|Director|Chief \p{Lu}\p{L}+ Officer) of \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))(?![\p{L}])/u.exec(
      text,
    );
  return m === null ? null : `${m[1].toLowerCase()} ${m[2]}`;
}

/**
 * A rhetorical opener that sets up the pitch ("Struggling to sleep?", "Can't sleep?") becomes the
 * real question at the end: it asks what helps the reader, in the reader's own words.
 */
export function hookQuestion(hook: string): string | null {
  const h = hook.trim().replace(/^\P{L}+/u, '');
  const struggling = /^(?:are you )?(?:still )?struggling (to|with) ([^?!.]+?)\s*\?+$/iu.exec(h);
  if (struggling !== null)
    return `What helps you when you’re struggling ${struggling[1].toLowerCase()} ${struggling[2]}?`;
  const cant = /^(?:still )?can(['’])t ([^?!.]+?)\s*\?+$/iu.exec(h);
  if (cant !== null) return `What helps you when you can${cant[1]}t ${cant[2]}?`;
  const tired = /^(?:are you )?(?:so )?(tired|sick) of ([^?!.]+?)\s*\?+$/iu.exec(h);
  if (tired !== null) return `What do you do when you’re ${tired[1].toLowerCase()} of ${tired[2]}?`;
  const still = /^(?:are you )?still (\p{L}+ing(?: [^?!.]+?)?)\s*\?+$/iu.exec(h);
  if (still !== null) return `How do you avoid ${still[1]}?`;
  return null;
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
  // "this week only" keeps its date, a fact, and loses the "only", the pressure.
  /(?<=(?:today|tonight|tomorrow|this (?:week(?:end)?|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day))(?: and (?:today|tonight|tomorrow))?)\s+only(?![\p{L}])/giu,
  /\s*(?:before|until) (?:stock|it|they|supplies|the price)\s+(?:runs? out|sells? out|goes up|jumps|are gone|is gone)(?![\p{L}])/giu,
  /\s*once (?:it's|it’s|they're|they’re) gone,? (?:it's|it’s|they're|they’re) gone[.!]*/giu,
  /\s*(?:dates|spots|places|seats|tables) are (?:filling|going) (?:up )?(?:fast|quickly)(?:,\s*so)?/giu,
  /\s*(?:don't|don’t|do not) (?:miss (?:out|it)|wait)[.!]*/giu,
  /\s*(?:act|book|order|buy) (?:fast|quickly)(?![\p{L}])/giu,
  /\s*for the next \d+ (?:hours?|days?|minutes?)(?: only)?(?![\p{L}])/giu,
  /\s*(?:alert)(?=\s*(?:\p{Extended_Pictographic}|$))/giu,
  /\s*everything must go[.!]*/giu,
  // "Register today!", "reserve today.", "Shop the sale now": the call stays, its clock goes.
  /\s+(?:today|right now|now)(?=\s*!*[.!]?\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$)/giu,
];

/** Hype adjectives that a rewrite drops from a noun phrase (claims, not facts). */
export const HYPE_ADJECTIVES =
  'ultimate|cutting[- ]edge|best[- ]of[- ]breed|world[- ]class|best[- ]in[- ]class|revolutionary|game[- ]changing|ground[- ]?breaking|state[- ]of[- ]the[- ]art|industry[- ]leading|market[- ]leading|next[- ]level|all[- ]new|brand[- ]new|fastest|smartest|greatest|most \\p{L}+|unbeatable|incredible|amazing|insanely good';
