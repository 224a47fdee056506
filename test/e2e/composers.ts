/**
 * Every composer fixture the cross-browser suites run on, one row each. Adding a composer to the
 * in-page, integrity and Firefox suites is adding a row here (and its fixture page): the tests read
 * nothing else about it.
 */
import type { Target, TestPage } from './driver';
import type { SiteId } from './harness';

export type { SiteId };

export interface Composer {
  /** Unique, used in test names and screenshot names (`panel-<browser>-<id>.png`). */
  id: string;
  /** The site the fixture imitates: Rapport's platform for the review and its loopback mapping. */
  site: SiteId;
  /** The fixture page's path on the fixture server, e.g. `/linkedin/`. */
  fixture: string;
  /** The editor's id in the page's `window.__fixture` API (getText/getSelection). */
  editorId: string;
  /** What to click first to make the composer appear (a button, a dialog opener), or null. */
  open: Target | null;
  /**
   * The editable root (contenteditable, or a `<textarea>`); `{ host, selector }` for one inside an
   * open shadow root or a same-origin frame.
   */
  editable: Target;
  /**
   * How the caret gets there: 'click' (default), as a person does, or 'script', the page's own
   * script focusing it, for an editor no one can click (pixel-sized and transparent, or in a hidden
   * frame).
   */
  reach?: 'click' | 'script';
  /** The editor library behind it (informational; the same tests apply to each); a plain `<textarea>`. */
  family: 'draft-js' | 'quill' | 'lexical' | 'tiptap' | 'textarea';
  /** The site's own submit button for this composer, or null when it has none (a hidden decoy). */
  post: Target | null;
  /** What closes the composer (dialog close button), or null when it stays. */
  close: Target | null;
  /** How Rapport labels it in the panel: a post, or a comment/reply (LinkedIn's lower limit). */
  kind: 'post' | 'reply' | 'comment';
  /**
   * 'reviewed': badge, highlights, panel, Apply. 'ignored': not a post (a private message box);
   * Rapport must show nothing there and leave the editor alone.
   */
  rapport: 'reviewed' | 'ignored';
}

export const COMPOSERS: readonly Composer[] = [
  {
    id: 'x-post',
    site: 'x',
    fixture: '/x/',
    editorId: 'post',
    open: null,
    editable: '[data-testid="tweetTextarea_0"] .public-DraftEditor-content',
    family: 'draft-js',
    post: '[data-testid="tweetButtonInline"]',
    close: null,
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    id: 'x-reply',
    site: 'x',
    fixture: '/x/',
    editorId: 'reply',
    open: '[data-testid="reply"]',
    editable: '[data-testid="tweetTextarea_1"] .public-DraftEditor-content',
    family: 'draft-js',
    post: '[role="dialog"] [data-testid="tweetButton"]',
    close: '[data-testid="app-bar-close"]',
    kind: 'post', // a reply is a post on X
    rapport: 'reviewed',
  },
  {
    id: 'linkedin-post',
    site: 'linkedin',
    fixture: '/linkedin/',
    editorId: 'post',
    open: '#start-post',
    editable: '.share-box .ql-editor',
    family: 'quill',
    post: '.share-box .share-actions__primary-action',
    close: '.share-box .artdeco-modal__dismiss',
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    id: 'linkedin-comment',
    site: 'linkedin',
    fixture: '/linkedin/',
    editorId: 'comment',
    open: '#comment-button',
    editable: '.comments-comment-box .ql-editor',
    family: 'quill',
    post: '.comments-comment-box .share-actions__primary-action',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    id: 'facebook-post',
    site: 'facebook',
    fixture: '/facebook/',
    editorId: 'post',
    open: '#whats-on-your-mind',
    editable: '[role="dialog"] [data-lexical-editor="true"]',
    family: 'lexical',
    post: '[role="dialog"] button[aria-label="Post"]',
    close: '[role="dialog"] button[aria-label="Close"]',
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    id: 'facebook-comment',
    site: 'facebook',
    fixture: '/facebook/',
    editorId: 'comment',
    open: '#comment-button',
    editable: '.comment-box [data-lexical-editor="true"]',
    family: 'lexical',
    post: '.comment-box button[aria-label="Comment"]',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  // 2026 markup (beside the classic rows above: the sites roll changes out gradually).
  {
    id: 'x-status-reply',
    site: 'x',
    fixture: '/x/rapport/status/1/',
    editorId: 'post',
    open: null,
    editable: '[data-testid="tweetTextarea_0"]',
    family: 'draft-js',
    post: '[data-testid="tweetButtonInline"]',
    close: null,
    kind: 'reply',
    rapport: 'reviewed',
  },
  {
    id: 'x-compose-dialog',
    site: 'x',
    fixture: '/x/rapport/status/1/',
    editorId: 'compose',
    open: '[data-testid="SideNav_NewTweet_Button"]',
    editable: '[role="dialog"] [data-testid="tweetTextarea_0"]',
    family: 'draft-js',
    post: '[role="dialog"] [data-testid="tweetButton"]',
    close: null,
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    id: 'linkedin-interop-post',
    site: 'linkedin',
    fixture: '/linkedin/interop/',
    editorId: 'post',
    open: '#start-post',
    editable: { host: '#interop-outlet', selector: '.share-creation-state__text-editor .ql-editor' },
    family: 'quill',
    post: { host: '#interop-outlet', selector: '.share-actions__primary-action' },
    close: { host: '#interop-outlet', selector: '.artdeco-modal__dismiss' },
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    id: 'linkedin-tiptap-comment',
    site: 'linkedin',
    fixture: '/linkedin/interop/',
    editorId: 'comment',
    open: '#comment-button',
    editable: '[data-view-name="comment-box"] .tiptap.ProseMirror',
    family: 'tiptap',
    post: '[data-view-name="comment-box"] .comments-comment-box__submit-button',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    id: 'facebook-feed-comment',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'comment',
    open: null,
    editable: '#comment-slot [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#comment-slot button[aria-label="Comment"]',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    id: 'facebook-messenger-chat',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'chat-en',
    open: null,
    editable: '#chat-en [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#chat-en button[aria-label="Send"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    id: 'facebook-messenger-chat-localised',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'chat-de',
    open: null,
    editable: '#chat-de [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#chat-de button[aria-label="Senden"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  // Late 2026 markup (issue 19).
  {
    // x.com/compose/post (was /compose/tweet): the modal, test id on the editable inside
    // `tweetTextarea_0RichTextInputContainer`.
    id: 'x-compose-post',
    site: 'x',
    fixture: '/x/compose/post/',
    editorId: 'compose',
    open: null,
    editable: '[data-testid="tweetTextarea_0RichTextInputContainer"] [data-testid="tweetTextarea_0"]',
    family: 'draft-js',
    post: '[role="dialog"] [data-testid="tweetButton"]',
    close: null,
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    // The image description box in the same modal: a plain <textarea>, not a composer (no post of its own).
    id: 'x-compose-alt-text',
    site: 'x',
    fixture: '/x/compose/post/',
    editorId: 'alt-text',
    open: null,
    editable: '[role="dialog"] textarea[data-testid="altTextInput"]',
    family: 'textarea',
    post: null,
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // X Chat on its own page (/i/chat/…): a real <textarea> in dm-container beside dm-message-list.
    id: 'x-chat',
    site: 'x',
    fixture: '/x/i/chat/1-2/',
    editorId: 'chat',
    open: null,
    editable: '[data-testid="dm-container"] [data-testid="dm-composer-textarea"]',
    family: 'textarea',
    post: '[data-testid="dm-composer-send-button"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // X Chat's messages drawer docked on another page (a status page, beside a reviewed reply box).
    id: 'x-chat-drawer',
    site: 'x',
    fixture: '/x/rapport/status/1/',
    editorId: 'drawer',
    open: null,
    editable: '.dm-drawer [data-testid="dm-composer-textarea"]',
    family: 'textarea',
    post: '.dm-drawer [data-testid="dm-composer-send-button"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // The 2026-07 sharebox in the interop shadow root: Quill with LinkedIn's test hook, hashed classes.
    id: 'linkedin-sharebox-post',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'post',
    open: '#start-post',
    editable: {
      host: '#interop-outlet',
      selector: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]',
    },
    family: 'quill',
    post: { host: '#interop-outlet', selector: '[data-test-modal-id="sharebox"] button._f1a2b3c4' },
    close: {
      host: '#interop-outlet',
      selector: '[data-test-modal-id="sharebox"] button[aria-label="Dismiss"]',
    },
    kind: 'post',
    rapport: 'reviewed',
  },
  {
    // The 2026-07 comment box: TipTap in ui-core-tiptap-text-editor-wrapper, in the commentBox component.
    id: 'linkedin-tiptap-wrapper-comment',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'comment',
    open: null,
    editable: '[componentkey^="commentBox-"] [data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror',
    family: 'tiptap',
    post: '#comment-submit',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    // Messaging in the interop shadow root: hashed classes, a textbox labelled "Write a message…".
    id: 'linkedin-messaging-shadow',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'message',
    open: null,
    editable: { host: '#interop-outlet', selector: '#bubble-message [role="textbox"]' },
    family: 'tiptap',
    post: { host: '#interop-outlet', selector: '#bubble-message button[aria-label="Send"]' },
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // The same in a French session ("Écrire un message…"): no English label to go by.
    id: 'linkedin-messaging-shadow-localised',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'message-fr',
    open: null,
    editable: { host: '#interop-outlet', selector: '#bubble-message-fr [role="textbox"]' },
    family: 'tiptap',
    post: { host: '#interop-outlet', selector: '#bubble-message-fr button[aria-label="Send"]' },
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // The hidden /preload/ frame's Quill editor, filled by its page: a decoy, whatever focuses it.
    id: 'linkedin-preload-decoy',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'preload',
    open: null,
    editable: { host: '#preload', selector: '[data-test-ql-editor-contenteditable="true"]' },
    reach: 'script',
    family: 'quill',
    post: null,
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // A Quill editor in the page that no one can see (1 px, transparent), focused by a script.
    id: 'linkedin-invisible-editor',
    site: 'linkedin',
    fixture: '/linkedin/sharebox/',
    editorId: 'invisible',
    open: null,
    editable: '#invisible .ql-editor',
    reach: 'script',
    family: 'quill',
    post: '#invisible-send',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // "Comment as <Name>" (2026) under a post in the feed.
    id: 'facebook-comment-as',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'comment-as',
    open: null,
    editable: '#comment-slot-as [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#comment-slot-as button[aria-label="Comment"]',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    // The same box in a German session ("Kommentieren als <Name>"): told by structure, not label.
    id: 'facebook-comment-as-localised',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'comment-de',
    open: null,
    editable: '#comment-slot-de [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#comment-slot-de button[aria-label="Kommentieren"]',
    close: null,
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    // A post opened in a dialog ("View more comments"): its own "Comment as" box below the comments,
    // outside any article.
    id: 'facebook-dialog-comment',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'dialog-comment',
    open: '#open-post',
    editable: '.post-dialog #dialog-comment-slot [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#dialog-comment-slot button[aria-label="Comment"]',
    close: '.post-dialog button[aria-label="Close"]',
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    // "Reply to <Name>" inside a comment of the post opened in a dialog.
    id: 'facebook-dialog-reply',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'dialog-reply',
    open: '#open-post',
    editable: '.post-dialog [role="article"] #dialog-reply-slot [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#dialog-reply-slot button[aria-label="Reply"]',
    close: '.post-dialog button[aria-label="Close"]',
    kind: 'comment',
    rapport: 'reviewed',
  },
  {
    // A Messenger chat pop-up (2026): a [tabindex="-1"] box with a message grid, in a French session.
    id: 'facebook-messenger-popup',
    site: 'facebook',
    fixture: '/facebook/home/',
    editorId: 'chat-popup',
    open: null,
    editable: '#chat-popup [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#chat-popup button[aria-label="Envoyer"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
  {
    // The full Messenger view (/messages/t/…): [role=main] under div[aria-label^="Conversation"].
    id: 'facebook-messenger-full',
    site: 'facebook',
    fixture: '/facebook/messages/t/100/',
    editorId: 'message',
    open: null,
    editable: '[aria-label^="Conversation"] [role="main"] [data-lexical-editor="true"]',
    family: 'lexical',
    post: '#message-slot button[aria-label="Send"]',
    close: null,
    kind: 'post',
    rapport: 'ignored',
  },
];

/** A row by id (throws for an unknown one, so a renamed row fails loudly). */
export function composer(id: string): Composer {
  const found = COMPOSERS.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no composer row ${id} in test/e2e/composers.ts`);
  return found;
}

/** The rows Rapport reviews: each has the site's own post button (the Apply tests post with it). */
export const REVIEWED = COMPOSERS.filter((c) => c.rapport === 'reviewed').map((c) => {
  if (c.post === null) throw new Error(`composer row ${c.id} is reviewed but has no post button`);
  return c as Composer & { post: Target };
});
export const IGNORED = COMPOSERS.filter((c) => c.rapport === 'ignored');

/** Opens the composer (if it needs a click) and puts the caret in it (a click, or the page's script). */
export async function focusComposer(page: TestPage, c: Composer): Promise<void> {
  if (c.open !== null) await page.click(c.open);
  await page.waitFor(c.editable);
  if (c.reach === 'script') await page.focus(c.editable);
  else await page.click(c.editable);
}
