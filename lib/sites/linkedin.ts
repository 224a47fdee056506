import type { Site } from './types';

/** LinkedIn's TipTap comment box wrapper (2026-07), inside the comment box's `componentkey`. */
const TIPTAP_WRAPPER = '[data-testid="ui-core-tiptap-text-editor-wrapper"]';

/**
 * LinkedIn: the 2026 Create-post dialog is Quill inside the open shadow root of `#interop-outlet`
 * (since 2026-07 `[data-test-modal-id="sharebox"]` with LinkedIn's test hook on the Quill editable,
 * and machine-generated class names around it); comment boxes are TipTap (ProseMirror); the classic
 * Quill share box and comment box still exist. Messaging (the classic `.msg-*` overlay, and the
 * 2026-07 one in the interop shadow root: hashed classes, a plain `[role=textbox]` labelled "Write a
 * message…") is private: no entry matches its box, and the labels say so. A hidden `.ql-editor` in
 * a `/preload/` iframe is never reached (the content script runs in the top frame only), and an
 * invisible editor in the page gets no UI (see `isShown`).
 */
export const linkedin: Site = {
  id: 'linkedin',
  platform: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  composers: [
    {
      name: 'comment box, TipTap in ui-core-tiptap-text-editor-wrapper (2026-07)',
      selector: `[componentkey*="commentBox" i] ${TIPTAP_WRAPPER} [contenteditable="true"]`,
      kind: 'comment',
      fixture: 'linkedin/sharebox/',
    },
    {
      name: 'comment box, TipTap/ProseMirror (2026)',
      selector: '[data-view-name="comment-box"] .ProseMirror[contenteditable="true"]',
      kind: 'comment',
      fixture: 'linkedin/interop/',
    },
    {
      name: 'sharebox dialog in the interop shadow root, Quill with its test hook (2026-07)',
      selector:
        '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"][contenteditable="true"]',
      kind: 'post',
      fixture: 'linkedin/sharebox/',
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
    '.share-box, .share-creation-state, [data-test-modal-id="sharebox"], .comments-comment-box, .comments-comment-texteditor, [data-view-name="comment-box"], [componentkey*="commentBox" i]',
  shadowHosts: '#interop-outlet',
  messaging: {
    routes: [/^\/messaging(\/|$)/],
    containers:
      '.msg-overlay-conversation-bubble, .msg-form, .msg-overlay-list-bubble, [data-view-name^="message"]',
    labels: '[aria-label^="Write a message" i]',
  },
  limits: { post: 3000, comment: 1250 },
};
