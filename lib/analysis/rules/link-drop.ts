/** broadcast/link-drop — a post that is little more than a link: nothing said, nothing asked. */
import { URL_PATTERN } from '../text';
import { defineRule } from './types';

const MAX_OTHER_WORDS = 8;

export const linkDrop = defineRule({
  id: 'broadcast/link-drop',
  category: 'broadcast',
  title: 'Link drop',
  message: 'Drops a link without saying why it matters to the reader.',
  why: 'A bare link is an advert; say what you found and ask what others think.',
  severity: 'strong',
  weight: 28,
  examples: {
    flagged: ['https://example.com/sale', 'New video: www.example.tv/watch'],
    clean: [
      'I found this guide on accessible forms useful, especially the part on error messages: https://example.com/forms. How do you test yours?',
      'No links here at all.',
    ],
  },
  checkPost: (post) => {
    if (post.counts.links === 0) return [];
    const withoutLinks = post.text.replace(URL_PATTERN, ' ');
    const words = withoutLinks.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
    if (words > MAX_OTHER_WORDS || post.counts.questions > 0) return [];
    URL_PATTERN.lastIndex = 0;
    const m = URL_PATTERN.exec(post.text);
    return m === null ? [] : [{ start: m.index, end: m.index + m[0].length }];
  },
});
