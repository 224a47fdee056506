import type { Site } from './types';

const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

/**
 * Facebook: Lexical editors in the "Create post" dialog and in comment boxes. A comment box is one
 * inside a post or a comment (`[role=article]`), or in a dialog that shows a post's comments (a post
 * opened in a dialog: its comment box sits below the comments, outside them), or, as a fallback,
 * labelled as one (2026: "Comment as <Name>", "Reply to <Name>"; before: "Write a comment…").
 * Messenger uses the same Lexical textbox: private messages, left alone — the full view on
 * `/messages/` (`[role=main]` under `div[aria-label^="Conversation"]`), the chat windows docked on
 * facebook.com (`[role=region]` or `[tabindex="-1"]` boxes with a message grid), and, as a fallback,
 * a box whose placeholder is Messenger's "Aa".
 */
export const facebook: Site = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  composers: [
    {
      name: 'comment or reply box in the feed or in a post opened in a dialog (2026 and classic)',
      // Structure first: inside a post or comment (role=article), or in a dialog that holds them
      // (the opened post's own box, below its comments). The labels are an English fallback.
      selector: [
        `[role="article"] ${LEXICAL}`,
        `[role="dialog"]:has([role="article"]) ${LEXICAL}`,
        `${LEXICAL}[aria-label^="Comment as" i]`,
        `${LEXICAL}[aria-label^="Reply to" i]`,
        `${LEXICAL}[aria-label^="Write a comment" i]`,
      ].join(', '),
      kind: 'comment',
      fixture: 'facebook/home/',
    },
    { name: 'Create-post dialog', selector: LEXICAL, kind: 'post', fixture: 'facebook/' },
  ],
  composerSlot:
    '[role="dialog"][aria-label="Create post" i], [role="article"], [aria-label^="Write a comment" i], [aria-label^="Comment as" i], .comment-box',
  shadowHosts: null,
  messaging: {
    routes: [/^\/messages(\/|$)/],
    containers:
      '[role="main"][aria-label^="Conversation" i], [aria-label^="Conversation" i] [role="main"], [data-pagelet^="MWChat" i], [aria-label^="Chat with" i]',
    windows: '[tabindex="-1"]',
    labels: '[aria-placeholder="Aa"], [aria-label="Message" i], [aria-label^="Write to" i]',
  },
  limits: { post: 63206, comment: 8000 },
};
