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
  /** The editable root (contenteditable); `{ host, selector }` for one inside an open shadow root. */
  editable: Target;
  /** The editor library behind it (informational; the same tests apply to each). */
  family: 'draft-js' | 'quill' | 'lexical' | 'tiptap';
  /** The site's own submit button for this composer. */
  post: Target;
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
];

/** A row by id (throws for an unknown one, so a renamed row fails loudly). */
export function composer(id: string): Composer {
  const found = COMPOSERS.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no composer row ${id} in test/e2e/composers.ts`);
  return found;
}

export const REVIEWED = COMPOSERS.filter((c) => c.rapport === 'reviewed');
export const IGNORED = COMPOSERS.filter((c) => c.rapport === 'ignored');

/** Opens the composer (if it needs a click) and puts the caret in it. */
export async function focusComposer(page: TestPage, c: Composer): Promise<void> {
  if (c.open !== null) await page.click(c.open);
  await page.waitFor(c.editable);
  await page.click(c.editable);
}
