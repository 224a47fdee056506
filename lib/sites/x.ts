import type { Site } from './types';

/** X's composer: a Draft.js editable. */
const DRAFT = '.public-DraftEditor-content[contenteditable="true"]';
/** 2026: the test id sits on the editable itself (wrapped by `label[data-testid="tweetTextarea_N_label"]`). */
const CURRENT = `${DRAFT}[data-testid^="tweetTextarea_"]`;
/** Before: the editable inside `[data-testid="tweetTextarea_N"]`. */
const CLASSIC = `[data-testid^="tweetTextarea_"] ${DRAFT}`;

/**
 * X / Twitter: Draft.js composers for posts, thread items, quotes and replies. A reply has a post's
 * 280-weighted limit; the inline reply under a post on its status page is a reply. The DM box (also
 * Draft.js) is private messaging, left alone.
 */
export const x: Site = {
  id: 'x',
  platform: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  composers: [
    {
      name: 'inline reply on a status page (2026)',
      selector: `${CURRENT}, ${CLASSIC}`,
      // Not the compose dialog the side bar's Post button opens over the same page.
      outside: '[role="dialog"]',
      kind: 'reply',
      path: /\/status\/\d+/,
      fixture: 'x/rapport/status/1/',
    },
    {
      name: 'post composer, test id on the editable (2026)',
      selector: CURRENT,
      kind: 'post',
      fixture: 'x/rapport/status/1/',
    },
    {
      name: 'post composer inside tweetTextarea_N (classic)',
      selector: CLASSIC,
      kind: 'post',
      fixture: 'x/',
    },
  ],
  composerSlot: '[data-testid^="tweetTextarea_"]',
  shadowHosts: null,
  messaging: {
    routes: [/^\/messages(\/|$)/, /^\/i\/chat(\/|$)/],
    containers:
      '[data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="dm-composer-form"]',
    labels: '[aria-label="Message" i], [aria-label="Start a new message" i]',
  },
  limits: { post: 280, comment: 280 },
};
