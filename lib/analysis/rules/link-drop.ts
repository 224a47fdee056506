/**
 * broadcast/link-drop — a post that is little more than a link: nothing said, nothing asked. A
 * broadcast, not a sale (a bare link to an article sells nothing): it costs a post its
 * conversational verdict, not more.
 */
import { URL_PATTERN } from '../text';
import { defineRule, type PostInput } from './types';

const MAX_OTHER_WORDS = 8;
/** A link with at most this many other words says nothing at all: a drop, as spam drops links. */
const NOTHING_SAID = 2;
/**
 * A link to somebody's profile, channel, shop listing or fundraiser: dropped with nothing said, it
 * asks to be followed, bought from or paid (self-promotion in a shared space), not read.
 */
const PROFILE_LINK =
  /(?:facebook\.com\/(?!photo\.php|video\.php|permalink|events|notes|media|story\.php|watch)[\w.%-]+|twitter\.com\/\w+(?!\/status)|instagram\.com\/(?!p\/)\w+|youtube\.com\/(?:user|channel|c)\/|soundcloud\.com\/|reverbnation\.com\/|tsu\.co\/|twitch\.tv\/|gofundme\.com\/|vakinha|avaaz\.org\/|change\.org\/|kickstarter\.com\/|indiegogo\.com\/|patreon\.com\/|play\.google\.com\/store|itunes\.apple\.com|apps\.apple\.com|ebay\.[\w.]+\/itm|etsy\.com\/|\/account\/|\/profile)/i;

/** A bare command to follow the link ("see this", "CLICK", "check it"): a drop that asks for the click. */
const CLICK_CALL =
  /(?<![\p{L}])(?:click|see this|check (?:this|it|me|my)|go to|visit|subscribe|hack|money)(?![\p{L}])/iu;

/** Whether a post is little more than a link (then broadcast/link-drop says so, not link-out). */
export function dropsLink(post: PostInput): boolean {
  if (post.counts.links === 0 || post.counts.questions > 0) return false;
  return otherWords(post.text) <= MAX_OTHER_WORDS;
}

function otherWords(text: string): number {
  return text.replace(URL_PATTERN, ' ').match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
}

export const linkDrop = defineRule({
  id: 'broadcast/link-drop',
  category: 'broadcast',
  title: 'Link drop',
  message: 'Drops a link without saying why it matters to the reader.',
  why: 'A bare link is an advert; say what you found and ask what others think.',
  severity: 'warning',
  weight: 24,
  examples: {
    flagged: [
      'https://example.com/sale',
      'New video: www.example.tv/watch',
      'https://www.facebook.com/someones.page',
    ],
    clean: [
      'I found this guide on accessible forms useful, especially the part on error messages: https://example.com/forms. How do you test yours?',
      'No links here at all.',
    ],
  },
  checkPost: (post) => {
    if (!dropsLink(post)) return [];
    URL_PATTERN.lastIndex = 0;
    const m = URL_PATTERN.exec(post.text);
    if (m === null) return [];
    return [
      PROFILE_LINK.test(m[0]) ||
      otherWords(post.text) <= NOTHING_SAID ||
      CLICK_CALL.test(post.text.replace(URL_PATTERN, ' '))
        ? {
            start: m.index,
            end: m.index + m[0].length,
            severity: 'strong' as const,
            message: 'Drops a link with nothing said about it (or a link to a profile, channel or shop).',
          }
        : { start: m.index, end: m.index + m[0].length },
    ];
  },
});
