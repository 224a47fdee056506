import type { Site } from './types';

/**
 * X / Twitter: Draft.js composers inside [data-testid="tweetTextarea_N"] (posts, thread items,
 * replies, quotes). A reply is a post on X, with the same 280-weighted limit, so every composer is a
 * post; the DM box (also Draft.js, in [data-testid="dmComposerTextInput"]) is not a composer.
 */
export const x: Site = {
  id: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  composer: '[data-testid^="tweetTextarea_"] .public-DraftEditor-content[contenteditable="true"]',
  composerSlot: '[data-testid^="tweetTextarea_"]',
  commentContext: null,
  limits: { post: 280, comment: 280 },
};
