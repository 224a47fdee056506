/**
 * Hard-sell lexicon: calls to action, price and discount talk, lead magnets, prize claims,
 * self-promotion and hype. Patterns are regex sources matched case-insensitively on word
 * boundaries.
 *
 * Sources: Econsultancy/Adobe "Quarterly Digital Intelligence Briefing: Social Media"
 * (one-way advertising as the first pitfall of brand social media); HubSpot's and Mailchimp's
 * published lists of spam-trigger words for marketing copy; the FTC's guidance on
 * prize-promotion scams (you have won, claim your prize). Written by the Rapport team; no
 * labelled evaluation text was copied into these lists.
 */

/** Direct calls to purchase or act on an offer. */
export const CTA = [
  '(?:buy|shop|order|book|purchase|register|enrol+|enroll|download|install|apply|join|sign up|act|claim|grab)(?: it| yours| one| them| this| now)? (?:now|today|tonight|here)',
  '(?:get|call|text|txt|reply) (?:it|yours|one|them|this|us) (?:now|today|tonight)',
  '(?:buy|shop|order) (?:yours|online|from us|direct)',
  'add to (?:cart|basket)',
  'grab (?:yours|one|a copy)',
  'get (?:yours|your copy)',
  'click (?:here|the link|below|on the link|this link|that link|now|on the following)',
  'tap (?:the|this) link',
  'visit (?:our|my) (?:website|site|store|shop|page|channel|profile|blog)',
  'check (?:out|(?:me|us|it|this|these|them|him|her|that) out)',
  'go (?:check|see|visit|to (?:www|http))',
  'log ?on ?to',
  'use (?:the |my |our )?(?:promo |discount |coupon )?code',
  'limited (?:time )?offer',
  "(?:don't|do not) forget to (?:buy|order|subscribe|check)",
  'order (?:yours |one )?(?:today|now|online)',
  'available (?:now|today) (?:at|on|in)',
  'shop (?:the|our) (?:sale|collection)',
  'start your free trial',
  'book (?:a|your) (?:demo|call|consultation)',
  'request a (?:demo|quote)',
  'find out (?:more )?(?:at|on|from|why)',
  'more info (?:at|on)',
  'to (?:activate|redeem|subscribe|enter)',
] as const;

/** Asking readers to move to private channels for sales details. */
export const DM_PRICING = [
  '(?:dm|pm|inbox|message|text|whatsapp) (?:us|me)(?: now| today)?(?: for| to get)? (?:the )?(?:price|prices|pricing|details|info|rates|a quote|more info|orders?|(?:exclusive |special |best )?(?:deals?|offers?|discounts?|codes?))',
  'link (?:is )?in (?:my |our |the )?bio',
  'price (?:in|via) (?:dm|inbox)',
  'details in (?:dm|the link|comments)',
] as const;

/** Price, discount and free-offer talk. */
export const PRICE = [
  '\\d+(?:[.,]\\d+)?\\s?%\\s?(?:off|discount|cashback|savings?)',
  '(?:up to|save|saving|only|just|from|now|win|won)\\s?(?:[$£€¥₹]|usd|gbp|eur)\\s?\\d[\\d,.]*',
  '(?:half|full|½) price',
  // A deal that leads with its price ("$1 any size drink", "79¢ Slushes"): money, then the goods.
  '^\\P{L}{0,3}[$£€]\\s?\\d[\\d,.]*(?= (?:any|all|off|small|medium|large|\\p{Lu}))',
  '\\d+\\s?¢(?= (?:any|all|small|medium|large|\\p{Lu}))',
  '(?:for|at) (?:just |only )?[$£€]\\s?\\d[\\d,.]*(?! (?:million|billion|bn|m)(?![\\p{L}]))',
  '(?:buy one,? get one|bogo)',
  'free (?:shipping|delivery|trial|gift|entry|ringtones?|tones?|samples?|minutes|mins|texts?|txts?|calls?|phone|camera phone|upgrade|vouchers?|tickets?|credit|membership)',
  '(?:discount|promo|coupon|voucher) codes?',
  '(?:huge|massive|big|flash|clearance|special|exclusive) (?:sale|discount|deal|offer|savings)',
  'lowest prices?',
  'best (?:price|deal)s?',
  'money[- ]back guarantee',
  '\\d+\\s?p(?:\\s?(?:per|/)\\s?(?:min|msg|message|txt|text|wk|week|day))',
  'pricing (?:starts?|from)',
  'on sale',
  'cash(?: prize| reward| award)',
  '(?:for|4|get|win|won|receive|claim|with) (?:a |an |your |ur )?free',
  'free (?:\\w+ )?(?:credits?|games?|link|selection|messages?|downloads?|stuff|leads|followers|subscribers|views|likes|sms|msg)',
  '(?:rates|charges|costs?) apply',
  '(?:worth|only|just) (?:[$£€]|usd|gbp|eur)\\s?\\d',
  '\\d+(?:\\.\\d+)?\\s?(?:gbp|usd|eur|pounds?)\\s?(?:/|per|a|an)\\s?(?:week|wk|month|msg|min|day)',
] as const;

/** Any money amount: a softer price signal than an outright offer. */
export const MONEY_AMOUNT = [
  '[$£€¥₹]\\s?\\d[\\d,.]*',
  '\\d[\\d,.]*\\s?(?:gbp|usd|eur|pounds|quid|bucks|dollars)',
  '\\d+(?:\\.\\d+)?p(?:pm|pw|/\\w+|\\s?(?:per|a)\\s?(?:msg|min|wk|week|txt|text|message|day))',
  '\\d+p(?=\\s|$)',
] as const;

/** Prize, award and "you have been selected" claims. */
export const PRIZE = [
  "(?:you|u|you've|uve|u've) (?:have |hav |ve )?(?:won|been selected|been chosen|been awarded|been invited)",
  '(?:you|u) (?:are|r) (?:a )?(?:winner|selected|guaranteed)',
  '(?:to|and|can|could|will|chance to) win',
  '(?:prize|weekly|monthly|free) draws?',
  'draw (?:4|for) (?:a |an )?[£$€]',
  'lucky (?:day|night|winner|draw)',
  'gift vouchers?',
  '(?:make|earn|making|earning|get paid) (?:extra |real |easy |lots of |some |big |quick )?(?:money|cash|income|\\$|£)',
  'extra (?:money|cash|income)',
  'work from home',
  'financial (?:freedom|risk)',
  "(?:you're|youre|ur|you are) (?:a )?(?:winner|selected|awarded)",
  'winners?!',
  'claim (?:your|ur|the)? ?(?:prize|reward|award|cash|gift|voucher|bonus|code)',
  'to claim',
  '(?:prize|reward|cash|gift card|voucher)s? (?:draw|guaranteed)',
  'guaranteed (?:prize|cash|award|reward|winner)',
  'selected to (?:receive|win)',
  '(?:win|won) (?:a |an |the )?(?:brand new |free )?(?:prize|cash|iphone|ipad|holiday|trip|car|voucher|vouchers|gift card|£|\\$|€)',
  'congratulations?[,!]? (?:you|u|ur)',
  'free (?:gift card|itunes|iphone|money|cash)',
  'chance to win',
  '(?:enter|win|weekly|monthly|free|prize|our) (?:\\w+ )?(?:competition|contest)',
  '(?:competition|contest) (?:to win|entry|closes)',
  'giveaway',
] as const;

/** Self-promotion in somebody else's space: "subscribe to my channel", "my new mixtape". */
export const SELF_PROMO = [
  '(?:check|listen|watch|visit|see|look at|like|share|sub|subscribe|follow|view|hear|support|help)(?: out| to| at)? (?:my|our) (?:new |first |latest |newest |original )?(?:\\p{L}+ )?(?:rap|rapping|raps|cover|covers|remix|blog|vids?|videos?|music|songs?|band|bands|stuff|channel|channels|page|account|clip|beats?|mixtape|album|track|tracks|work|art|shop|store|site|website|app|game|podcast|vlog)',
  // Not care: "please check your spam folder", "please share the details", "please follow and DM us".
  '(?:please|pls|plz|kindly) (?:vote|donate|help me|support me|sub|subscribe|suscribe|share|like|check|watch|visit|view|follow)(?! (?:your|ur|the (?:details|issue|problem|steps|error|app cache|spam)|any|some|more|what|how|if|whether|that|again|details|feedback|thoughts|and (?:dm|message)|(?:our|the) (?:help|support|status|community|faq))(?![\\p{L}]))',
  '(?:vote|voting) for (?:me|us|my|our)',
  '(?:sub(?:scribe)?|suscribe|sucscribe|subcribe)s? (?:back|to me|4 sub|me)',
  "i(?:'ll| will| wil) (?:sub(?:scribe)?|suscribe) (?:back|to you|u)",
  // Not a story of growth already made ("I went from 0 to 50,000 followers"): that tells, it does not ask.
  '(?:get|reach|hit|help me (?:get|reach|hit)?|(?<!from \\d[\\d,.]*k?\\+? )to) (?:to )?\\d[\\d,.]*k?\\+? (?:subs|subscribers|followers|likes|views|viewers)',
  '^(?:please |pls |plz )?(?:sub(?:scribe)?|suscribe|sucscribe|subcribe)(?=\\s*(?:[!.,;:]|$|if|and|to|for|pls|plz|please))',
  '(?:sub(?:scribe)?|suscribe|follow) (?:to )?(?:me|my (?:channel|page|account|profile|blog|company|business|brand|shop|store|band|music))',
  '(?:my|our) (?:new )?(?:youtube |yt )?channel',
  'my (?:new )?(?:mixtape|single|album|music video|song|track|app|ebook|book|course|podcast|page)',
  'please (?:check|visit|watch|subscribe|like|share|follow|download)(?! (?:your|ur|the (?:details|issue|problem|steps|error|app cache|spam)|any|some|more|what|how|if|whether|that|again|details|feedback|thoughts|and (?:dm|message)|(?:our|the) (?:help|support|status|community|faq))(?![\\p{L}]))',
  '(?:plz|pls|please) (?:sub|subscribe|check|watch|visit)(?! (?:your|ur|the (?:details|issue|problem|steps|error|app cache|spam)|any|some|more|what|how|if|whether|that|again|details|feedback|thoughts|and (?:dm|message)|(?:our|the) (?:help|support|status|community|faq))(?![\\p{L}]))',
  'check (?:out )?(?:this|my|our) (?:video|channel|page|playlist|website|link)',
  'take a look at (?:this|my|our) (?:video|channel|page|playlist)',
  'watch (?:my|our) (?:new )?(?:video|channel|vlog)',
  'make money (?:online|from home)',
  'earn (?:money|cash|\\$|£)',
] as const;

/** Lead magnets: free content used as bait for contact details. */
export const LEAD_MAGNET = [
  '(?:download|get|grab|claim) (?:our|my|the|your) free (?:e-?book|guide|checklist|template|whitepaper|report|webinar|masterclass|course|toolkit)',
  'free (?:e-?book|webinar|masterclass|whitepaper|consultation|audit)',
  'register (?:now |today )?for (?:our|my|the) (?:free )?(?:webinar|masterclass)',
  // The exchange of a comment or DM for the goods: "…and I'll send it to you".
  "(?:and|&) i(?:'ll|’ll| will) (?:send|dm|message|email|share) (?:it|you|them|the (?:link|guide|template|playbook|checklist|details)|over)",
] as const;

/** Scarcity claims. */
export const SCARCITY = [
  'limited (?:stock|supply|spots|seats|availability|edition)',
  'while (?:stocks?|supplies) last',
  'only \\d+ (?:(?:spots?|seats?|places?|units?|items?|tickets?|copies)(?: left| remaining)?|left|remaining)',
  'selling (?:out )?fast',
  'almost (?:sold out|gone)',
  '(?:few|last) (?:spots|seats|units) (?:left|remaining)',
] as const;

/** Claims with no plain drop-in replacement: stacked superlatives, "the most complete …". */
export const HYPE_CLAIMS = [
  '(?:the )?\\p{Ll}{2,12}est(?:,| and|, and) \\p{Ll}{2,12}est(?:(?:,| and|, and) \\p{Ll}{2,12}est)*',
  "(?:the|the world[’']s|britain[’']s|europe[’']s|america[’']s) (?:most (?:complete|advanced|powerful|innovative|comprehensive|intuitive|trusted|reliable|loved)|(?:fastest|smartest|biggest|largest|leading))",
] as const;

/** Hype words and superlatives, each with a plainer alternative ('' means remove). */
export const HYPE: Record<string, string> = {
  revolutionary: 'new',
  'game[- ]?changer': 'big help',
  'game[- ]?changing': 'useful',
  'world[- ]class': 'strong',
  'best[- ]in[- ]class': 'strong',
  'cutting[- ]edge': 'modern',
  'state[- ]of[- ]the[- ]art': 'modern',
  'ground[- ]?breaking': 'new',
  unbeatable: 'good',
  unmatched: 'strong',
  'industry[- ]leading': 'established',
  'market[- ]leading': 'established',
  'next[- ]level': 'better',
  'life[- ]changing': 'helpful',
  'mind[- ]blowing': 'surprising',
  'must[- ]have': 'useful',
  "(?:is|are|’s|'s) the best": '',
  'the best (?:\\p{L}+ )?(?:on the market|in the (?:world|industry|business|market|country)|out there|money can buy|in town)':
    'a good choice',
  '#1': 'a leading',
  'number one': 'a leading',
  'amazing deals?': 'offers',
  'incredible (?:deals?|offers?|prices?)': 'offers',
  disruptive: 'new',
  'insanely good': 'good',
  'best[- ]of[- ]breed': 'strong',
  'on the planet': '',
  'in the universe': '',
  'like never before': '',
  'the ultimate': 'a',
  proven: '',
  'award[- ]winning': '',
  'next[- ]gen(?:eration)?': 'new',
  'all[- ]new': 'new',
  'best[- ]?selling': 'popular',
  'fastest[- ]growing': 'growing',
  'unrivall?ed': 'strong',
  'second to none': 'strong',
  'one[- ]stop[- ]shop': 'single place',
};
