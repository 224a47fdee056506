import type { Site } from './types';

/** X's composer: a Draft.js editable. */
const DRAFT = '.public-DraftEditor-content[contenteditable="true"]';
/** 2026: the test id sits on the editable itself (wrapped by `label[data-testid="tweetTextarea_N_label"]`). */
const CURRENT = `${DRAFT}[data-testid^="tweetTextarea_"]`;
/** Before: the editable inside `[data-testid="tweetTextarea_N"]`. */
const CLASSIC = `[data-testid^="tweetTextarea_"] ${DRAFT}`;

/**
 * X / Twitter: Draft.js composers for posts, thread items, quotes and replies. A reply has a post's
 * 280-weighted limit; the inline reply under a post on its status page is a reply. `/compose/post`
 * (was `/compose/tweet`) opens the same Draft.js composer in a modal, inside
 * `[data-testid="tweetTextarea_0RichTextInputContainer"]`. Messages are private, left alone: X Chat
 * (2026) is a real `<textarea data-testid="dm-composer-textarea">` in `dm-container` beside
 * `dm-message-list`, on `/i/chat/…` and in the messages drawer docked on other pages (a textarea is
 * never a composer here: every entry wants a Draft.js contenteditable); the older DM box is Draft.js
 * (`dmComposerTextInput`).
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
      '[data-testid="dm-container"], [data-testid="dm-composer-form"], [data-testid="dmComposerTextInput"], [data-testid="DmActivityContainer"], [data-testid="DMDrawer"]',
    lists: '[data-testid="dm-message-list"]',
    labels:
      '[aria-label="Message" i], [aria-label="Start a new message" i], [data-testid="dm-composer-textarea"]',
  },
  limits: { post: 280, comment: 280 },
};
