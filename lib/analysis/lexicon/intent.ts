/**
 * Intent lexicon: the verbs and objects of a call to action, recognised by structure (a command,
 * or a "you can/should" sentence, whose verb is one of these and whose object is something to buy,
 * book, sign up for, download, apply to, a sales contact or a link), and the language of customer
 * care (apologies, offers to help, requests for the details needed to help).
 *
 * Sources: the call-to-action buttons the platforms themselves offer advertisers — Meta's Page
 * and ad CTA types (Shop Now, Book Now, Sign Up, Download, Apply Now, Get Quote, Contact Us, Send
 * Message, Learn More, Order Now, Get Offer), LinkedIn's ad CTAs (Apply, Download, Get Quote,
 * Learn More, Sign Up, Subscribe, Register, Join, Attend, Request Demo) and X's website-card
 * buttons (Shop, Book, Order, Buy, Get now); the pattern of brand care replies on X (apology,
 * "follow and DM us", a request for the order or booking reference "so we can look into it").
 * Written by the Rapport team; no labelled evaluation text was copied into these lists.
 * Patterns are regex sources, matched case-insensitively on word boundaries.
 */

/**
 * Verbs of a call to action, by intent. Each intent says what must follow the verb for the
 * command to be a call to action rather than an everyday request ("Book a demo" sells; "book the
 * table for 8 tonight" between friends does not).
 */
export const CTA_VERBS = {
  /** Buying: a sale by itself once followed by an object, "now/today", a link or "yours". */
  buy: 'buy|shop|order|purchase|pre-?order|checkout|add (?:it |them )?to (?:your )?(?:cart|basket)',
  /** Booking and reserving: calls to action when the object is a demo, a call, a seat… */
  book: 'book|schedule|reserve|request|secure|grab|claim|snag|save|lock in|unlock|get|start|try|take|pick up',
  /** Signing up: joining a list, a programme, a waitlist, an event. */
  signUp: 'sign ?up|sign me up|register|enrol+|enroll|subscribe|join|rsvp|apply|opt in',
  /** Downloading or installing software or content. */
  download: 'download|install|stream',
  /** Contacting sales (or an unnamed "us") to buy. */
  contact:
    "contact|call|ring|phone|email|e-mail|message|dm|pm|inbox|text|whatsapp|reach out to|talk to|speak (?:to|with)|chat with|get in touch with|let's talk|send",
  /** Following a link or a page. */
  link: 'click|tap|visit|head (?:over )?to|go ?to|check out|see|learn|discover|explore|read|watch|find out|view|follow|come (?:in|down|by|along|over|and visit)|go(?= here)',
} as const;

/** Commercial objects: what a call to action offers. */
export const CTA_OBJECTS = [
  '(?:free |personali[sz]ed |live |quick |\\d+-minute |no-obligation )?(?:demo|demonstration|trial|consultation|consult|quote|estimate|audit|assessment|strategy (?:call|session)|discovery call|intro call|sales call|call with (?:our|the|my) (?:team|experts?|sales)|session)s?',
  '(?:your |a |the )?(?:seat|spot|place|ticket|pass|slot|table|appointment|copy|invite|invitation|membership|subscription|starter kit|bundle|pack)s?',
  'yours',
  '(?:your |the |this |our )?(?:offer|discount|deal|coupon|voucher|bonus|gift|reward|savings?|early[- ]bird|free (?:month|months|shipping|delivery|gift|access|copy|guide|ebook|template|checklist))',
  '(?:the |our |this |my )?(?:app|ebook|e-book|guide|whitepaper|white paper|report|template|checklist|playbook|toolkit|masterclass|webinar|course|bootcamp|program|programme|accelerator|waitlist|wait list|newsletter|beta|challenge|training|workshop|summit|conference|event)',
  '(?:our|the) (?:sales|sales team|team|experts?|specialists?|consultants?|advisors?|account executives?|store|shop|website|site|page|collection|range|sale|menu|catalogue|catalog)',
  'started',
  '(?:it|them|one|this|these) (?:now|today|here|online|free|for free)',
  '\\d+(?:[.,]\\d+)?\\s?% off',
  '(?:your|a) (?:cv|resume|résumé|portfolio|application)',
  '(?:the |this )?link',
  '(?:\\d[\\d,.]*\\+? )?(?:happy |other |leading )?(?:companies|customers|teams|brands|businesses|founders|members|users|subscribers|readers|people|marketers|professionals)',
] as const;

/** Words after a verb that make any command a call to act on an offer ("Download free today!"). */
export const CTA_ADVERBS = [
  'now',
  'today',
  'tonight',
  'here',
  'below',
  'online',
  'free',
  'for free',
  'for \\$?0',
  'at https?:',
  'at www\\.',
  'through the link',
  'via the link',
  'using the link',
  'in (?:the |my |our )?bio',
  'before (?:it|they|the price|friday|sunday|midnight|the deadline)',
] as const;

/** Openers that keep a command a command ("Please book…", "Just grab…", "Don't forget to register…"). */
export const COMMAND_LEAD_INS = [
  'please',
  'pls',
  'plz',
  'kindly',
  'just',
  'simply',
  'so',
  'now',
  'then',
  'and',
  'or',
  'go ahead and',
  'go',
  'come',
  'quickly',
  'hurry(?: and)?',
  "(?:don't|do not|dont) forget to",
  'be sure to',
  'make sure (?:to|you)',
  'remember to',
  'why not',
  'head (?:over )?to \\S+ to',
  'visit \\S+ to',
  '(?:you|u) (?:can|could|should|must|need to|will want to|want to|have to)',
  'all you (?:have|need) to do is',
] as const;

/**
 * Customer care: a sentence that asks for what is needed to help, or says what will be done to
 * help. In a reply or comment these are conversation, whatever verbs they use.
 */
export const CARE = [
  'so (?:that )?(?:we|our team|the team|i|someone|they|an engineer) can (?:look|check|help|sort|fix|investigate|find|get (?:this|it|that|you|to the bottom)|resolve|assist|confirm|follow up|dm|message|contact|reach|call you|take a look|review|escalate|chase|refund|replace|trace|track|update|reset|resend|make (?:this|it) right|speak|pass|locate|verify|understand|arrange|send (?:you )?(?:a )?(?:replacement|refund|new))',
  "(?:we|i)(?:'ll| will| can| would|'d| are|'re) (?:like to |love to |be happy to |happy to |gladly )?(?:look into|check|sort|fix|get (?:this|it|that|you)|make (?:this|it) right|pass|resend|reset|chase|investigate|update|send you|refund|replace|help|dig in|find|take a look|follow up|escalate|correct|review)",
  'look(?:ing)? into',
  '(?:while|as) (?:we|our team|the team) (?:fix|work|look|investigate|sort|get)',
  'investigat\\w*',
  'further (?:investigation|assistance|help)',
  '(?:happy|glad|here) to help',
  "(?:we'd|we would|i'd|i would) (?:like|love) to (?:help|look|find|understand|get|know)",
  'help (?:article|centre|center|page|desk|guide|team)',
  '(?:support|care|help|service) (?:team|forum|page|article|site|portal|line|desk|agent)',
  '(?:community|help|support) forum',
  'status page',
  'troubleshoot\\w*',
  '(?:order|booking|reference|case|ticket|account|tracking|serial|confirmation|reservation|membership|policy|claim) (?:number|no\\.?|reference|id|details|email)',
  'booking reference',
  '(?:account|email) (?:email|address)',
  '(?:device|phone|browser|app) (?:model|version|and (?:app )?version)',
  'app version',
  'screenshots?',
  '(?:more |the |your |some |a few )details',
  '(?:tell|let) us (?:a bit |a little )?(?:more|know|which|what|when|where|how)',
  '(?:can|could|would) you (?:please )?(?:tell|share|confirm|send|let|dm|open|check|try|describe)',
  'please (?:confirm|try|check|update|clear|restart|reinstall|fill in)',
  'sorry|apologi[sz]e|apologies|our bad',
  "(?:that's|that is|this is) (?:not|isn't) (?:right|okay|ok|good|the (?:experience|service))",
  'we hear you|we understand|frustrating|not what we want',
  'thanks? (?:you )?for (?:your patience|flagging|reporting|letting us know|the heads[- ]up|reaching out|getting in touch|the report|your message)',
] as const;

/**
 * The strongest care markers: the sentence says it is asked in order to help. They excuse a
 * sentence even in a post ("Please call our care team on 0800… so we can sort this out").
 */
export const CARE_PURPOSE = [
  'so (?:that )?(?:we|our team|the team|an engineer|someone) can (?:look|check|help|sort|fix|investigate|find|get (?:this|it|that|you|to the bottom)|resolve|assist|confirm|follow up|dm|message|contact|reach|call you|take a look|review|escalate|chase|refund|replace|trace|track|update|reset|resend|make (?:this|it) right|speak|pass|locate|verify|understand|arrange|send (?:you )?(?:a )?(?:replacement|refund|new))',
  'look(?:ing)? into (?:this|it|that|the|your)',
  'investigat\\w*',
  'further (?:investigation|assistance)',
  "(?:we|i)(?:'ll| will) (?:look into|investigate|sort (?:this|it) out|make (?:this|it) right|refund|replace)",
  '(?:while|as) (?:we|our team|the team) (?:fix|work|look|investigate|sort)',
] as const;

/** A greeting to one named person opens a reply, even when it is not marked as one ("Hi Priya,"). */
export const PERSONAL_GREETING =
  "^\\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya)\\s+(?:there\\b|\\p{Lu}[\\p{Ll}'’-]+)";
