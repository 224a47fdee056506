import type { Site } from './types';

/** LinkedIn: Quill editors in the share box and in comment/reply boxes. */
export const linkedin: Site = {
  id: 'linkedin',
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  composer: '.ql-editor[contenteditable="true"]',
  composerSlot: '.share-box, .share-creation-state, .comments-comment-box, .comments-comment-texteditor',
  commentContext: '.comments-comment-box, .comments-comment-texteditor',
  limits: { post: 3000, comment: 1250 },
};
