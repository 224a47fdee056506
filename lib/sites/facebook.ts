import type { Site } from './types';

/** Facebook: Lexical editors in the "Create post" dialog and in comment boxes. */
export const facebook: Site = {
  id: 'facebook',
  platform: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  composer: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  composerSlot:
    '[role="dialog"][aria-label="Create post" i], [aria-label^="Write a comment" i], .comment-box',
  commentContext: '[aria-label^="Write a comment" i], .comment-box',
  limits: { post: 63206, comment: 8000 },
};
