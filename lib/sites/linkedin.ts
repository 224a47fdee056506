import type { Site } from './types';

/**
 * LinkedIn: the 2026 Create-post dialog is Quill inside the open shadow root of `#interop-outlet`;
 * comment boxes are TipTap (ProseMirror); the classic Quill share box and comment box still exist.
 * The messaging overlay is private messaging, left alone.
 */
export const linkedin: Site = {
  id: 'linkedin',
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  composers: [
    {
      name: 'comment box, TipTap/ProseMirror (2026)',
      selector: '[data-view-name="comment-box"] .ProseMirror[contenteditable="true"]',
      kind: 'comment',
      fixture: 'linkedin/interop/',
    },
    {
      name: 'Create-post dialog in the interop shadow root, Quill (2026)',
      selector: '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
      kind: 'post',
      fixture: 'linkedin/interop/',
    },
    {
      name: 'comment box, Quill (classic)',
      selector:
        '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
      kind: 'comment',
      fixture: 'linkedin/',
    },
    {
      name: 'share box, Quill (classic)',
      selector: '.ql-editor[contenteditable="true"]',
      kind: 'post',
      fixture: 'linkedin/',
    },
  ],
  composerSlot:
    '.share-box, .share-creation-state, .comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"]',
  shadowHosts: '#interop-outlet',
  messaging: {
    routes: [/^\/messaging(\/|$)/],
    containers:
      '.msg-overlay-conversation-bubble, .msg-form, .msg-overlay-list-bubble, [data-view-name^="message"]',
    labels: '[aria-label^="Write a message" i]',
  },
  limits: { post: 3000, comment: 1250 },
};
