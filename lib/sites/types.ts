import type { Platform, PostKind } from '../analysis/types';

/** What is written in a composer: the engine's kind of text (a post, a reply, a comment). */
export type ComposerKind = PostKind;

/**
 * One markup a site uses for a compose box. A site lists them in order, current markup first and
 * older markup after (sites roll changes out gradually, so both live side by side); the first entry
 * that matches names the composer's kind.
 */
export interface ComposerMarkup {
  /** What it is, for people: "Create-post dialog in the interop shadow root (2026)". */
  name: string;
  /** The editable root (the element with contenteditable), as a CSS selector list. */
  selector: string;
  kind: ComposerKind;
  /** Only on pages whose path matches (e.g. X's inline reply on a status page). */
  path?: RegExp;
  /** Not inside these (e.g. a dialog opened over that page). */
  outside?: string;
  /** The fixture page (under test/fixtures/sites/) that reproduces this markup and proves the selector. */
  fixture: string;
}

/**
 * Private messaging on a site: never a post, so never reviewed, highlighted or counted. Told apart
 * by structure first (routes, the chat window's container, a message list beside the editor), and by
 * the sites' labels only as a fallback (they are localised).
 */
export interface Messaging {
  /** Pages that are messaging as a whole (e.g. LinkedIn's /messaging/). */
  routes: readonly RegExp[];
  /** Containers of a chat window or DM thread. */
  containers: string;
  /** The label of a message box, a fallback for when the structure changes (English only). */
  labels: string;
  /**
   * More elements that bound a chat window on this site (beside dialogs, regions, main and
   * articles), e.g. Facebook's chat pop-ups, `[tabindex="-1"]` boxes: the nearest boundary of a
   * box with a message list in it is a chat.
   */
  windows?: string;
  /** The site's own message lists (beside `[role=grid]` and `[role=log]`), e.g. X Chat's. */
  lists?: string;
}

/** A site Rapport works on: where it applies and how its composers look. Data, not logic. */
export interface Site {
  id: 'x' | 'linkedin' | 'facebook';
  /** The engine's platform for this site (counting rules and norms). */
  platform: Platform;
  /** Host names the site is served from. */
  hosts: readonly string[];
  /** The compose boxes Rapport reviews, current markup first. */
  composers: readonly ComposerMarkup[];
  /**
   * Where the site puts its compose boxes (the share box, a reply area). An editable element in one
   * of these that no `composers` entry matches means the site changed its editor: Rapport stays
   * silent there and the popup says so.
   */
  composerSlot: string;
  /** Open shadow roots' hosts the site renders composers into (LinkedIn's interop outlet). */
  shadowHosts: string | null;
  messaging: Messaging;
  /** Character limits of a post and of a comment or reply, as the site counts them. */
  limits: { post: number; comment: number };
}
