/**
 * Conversation lexicon: engagement bait (as defined by Facebook's 2017 engagement-bait policy:
 * vote, react, share, tag and comment baiting), broadcast openers, and the positive signals
 * of a conversational post (thanks, stories, credit).
 *
 * Sources: Meta Newsroom "Fighting Engagement Bait on Facebook" (Dec 2017); LinkedIn's
 * Professional Community Policies on engagement bait; Econsultancy/Adobe on conversation
 * over broadcast. Written by the Rapport team.
 */

/** Engagement bait, grouped by the kind of bait. */
export const BAIT = {
  react: [
    '^like (?:this |it )?(?:if|when)',
    'like this (?:post|video|comment|status|photo|pic|picture)',
    'thumbs? (?:this |it )?up (?:if|of|for|so)',
    'put a "?thumbs up',
    'give (?:it|this|me|us) a (?:like|thumbs up|heart)',
    'likes? (?:and|n|&) comments? (?:are )?(?:very much |much |greatly )?appreciated',
    '(?:hit|smash|tap|press) (?:that |the )?(?:like|❤️?|heart|thumbs up)',
    '^react (?:with|if)',
    'react with (?:a |an )?(?:❤️|❤|heart|emoji|like|thumbs up|😂|😮)',
    '(?:❤️|👍|😂|😮|😢|😡|❤)\\s?(?:if|for)',
    'double tap',
  ],
  comment: [
    '(?:comment|type)\\s+["\'“]?(?:yes|amen|done|interested|info|1|a 🔥|an emoji|your name)["\'”]?',
    // "Comment below with how you…" asks for people's own input (Meta exempts requests for input).
    'comment below(?! (?:with (?:how|what|which|why|where|when|who|your|a (?:photo|story|tip|picture))|and (?:tell|share|let)|to (?:tell|share|let)))',
    'comment below with ["\'“]?(?:yes|amen|done|interested|info|1|an? emoji|a 🔥|your name)(?![\\p{L}])',
    'drop a (?:comment|emoji|🔥|❤️|heart)',
    // "Comment 'FRAMEWORK' and I'll send it": a quoted keyword is the bait whatever follows.
    '(?:comment|type|write|reply with|drop)(?: the word)? ["\'“‘][\\p{L}\\p{N}]+["\'”’]',
  ],
  share: [
    '(?:share|retweet|rt|repost) (?:this|if|to win|with everyone|with all|it with)',
    '(?:share|retweet|rt|repost) (?:&|and) (?:win|like|follow)',
    // "Please share this" baits; "please share the details / your thoughts" asks for an answer.
    'please share(?! (?:your|ur|the (?:details|issue|problem|steps|error)|any|some|more|what|how|details|feedback|thoughts)(?![\\p{L}]))',
    'share to (?:win|enter)',
    'spread the word',
  ],
  tag: [
    'tag (?:a|your|some|3|three|2|two|5|five) (?:friends?|mates?|buddy|bestie|someone|people|person)',
    'tag someone',
    'tag them',
  ],
  vote: [
    'vote (?:with|by|using) (?:a )?(?:reaction|emoji|likes?|comments?)',
    'like for \\w+,? (?:share|comment|love) for',
  ],
  follow: [
    'follow (?:us|me) for more',
    '(?:follow|like|sub) (?:for|4) (?:follow|like|sub)',
    'sub ?(?:4|for) ?sub',
    'like (?:&|and) (?:subscribe|follow|share)',
    '(?:subscribe|follow) (?:&|and) (?:like|share|turn on notifications)',
    'turn on (?:post )?notifications',
  ],
} as const;

/** Announcement openers that centre the brand instead of the reader. */
export const ANNOUNCEMENT_OPENERS = [
  "(?:we are|we're|i am|i'm) (?:so |very |super |really |beyond )?(?:excited|thrilled|proud|happy|delighted|pleased|honou?red|stoked) (?:to (?:announce|share|introduce|launch|unveil|reveal|present|welcome)|about)",
  'introducing',
  'announcing',
  '(?:big|huge|exciting) (?:news|announcement)',
  '(?:proud|excited|thrilled) to (?:announce|share|introduce|launch|unveil)',
  "(?:it's|it is) (?:finally )?here",
  'press release',
] as const;

export const THANKS = [
  'thank you',
  'thanks',
  'thank u',
  'thx',
  'grateful',
  'appreciate',
  'kudos',
  'shout[- ]?out',
] as const;

export const STORY = [
  'i learned',
  'i learnt',
  'we learned',
  'we learnt',
  'lesson',
  'last (?:week|month|year|night|time)',
  'i remember',
  'when i',
  'i realized',
  'i realised',
  'i used to',
  'story',
  'i was',
  'we were',
  'a customer (?:told|asked|said)',
  'one of (?:our|my) (?:customers|clients|readers)',
] as const;

export const CREDIT = [
  'credit to',
  'h/t',
  'hat tip',
  'via @\\w+',
  'thanks to @?\\w+',
  'inspired by',
  'built with',
  'together with',
] as const;
