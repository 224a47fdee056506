import type { Site } from './types';

/** X / Twitter: Draft.js composers inside [data-testid="tweetTextarea_N"] (posts, replies, quotes). */
export const x: Site = {
  id: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  composer: '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
  commentContext: '[data-testid="tweetTextarea_1"], [data-testid^="tweetTextarea_"][data-testid$="_reply"]',
  limits: { post: 280, comment: 280 },
};
