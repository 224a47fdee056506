import type { Platform } from '../analysis/types';

/** A site Rapport works on: where it applies and how its composers look. Data, not logic. */
export interface Site {
  id: 'x' | 'linkedin' | 'facebook';
  /** The engine's platform for this site (counting rules and norms). */
  platform: Platform;
  /** Host names the site is served from. */
  hosts: readonly string[];
  /** The editable root of a composer (the element with contenteditable). */
  composer: string;
  /**
   * Where the site puts its compose boxes (the share box, a reply area). An editable element in one
   * of these that `composer` does not match means the site changed its editor: Rapport stays silent
   * there and the popup says so.
   */
  composerSlot: string;
  /** An ancestor that marks a composer as a comment or reply rather than a post, if any. */
  commentContext: string | null;
  /** Character limits of a post and of a comment or reply, as the site counts them. */
  limits: { post: number; comment: number };
}
