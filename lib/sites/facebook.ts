import type { Site } from './types';

const LEXICAL = '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]';

/**
 * Facebook: Lexical editors in the "Create post" dialog and in comment boxes. Messenger's chat
 * windows docked on facebook.com use the same Lexical textbox: private messages, left alone.
 */
export const facebook: Site = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  composers: [
    {
      name: 'comment or reply box in the feed (2026 and classic)',
      // Inside a post or comment (role=article), or labelled as one (a localised fallback).
      selector: `[role="article"] ${LEXICAL}, ${LEXICAL}[aria-label^="Write a comment" i], ${LEXICAL}[aria-label^="Reply to" i]`,
      kind: 'comment',
      fixture: 'facebook/home/',
    },
    { name: 'Create-post dialog', selector: LEXICAL, kind: 'post', fixture: 'facebook/' },
  ],
  composerSlot:
    '[role="dialog"][aria-label="Create post" i], [role="article"], [aria-label^="Write a comment" i], .comment-box',
  shadowHosts: null,
  messaging: {
    routes: [/^\/messages(\/|$)/],
    containers:
      '[role="main"][aria-label^="Conversation" i], [data-pagelet^="MWChat" i], [aria-label^="Chat with" i]',
    labels: '[aria-label="Message" i], [aria-label^="Write to" i]',
  },
  limits: { post: 63206, comment: 8000 },
};
