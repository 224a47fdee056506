/** Display names shared by the popup and the options page. */
import type { Platform } from '../../lib/analysis/types';

export { CATEGORY_LABEL, scoreTone } from '../panel/Panel';

export const PLATFORM_LABEL: Record<Platform, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  generic: 'Other',
};

/** Site ids as the settings store them (`pausedSites`), with their names. */
export const SITE_LABEL: Record<'x' | 'linkedin' | 'facebook', string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

/** Where Rapport stores what, said the same way on every surface. */
export const PRIVACY_NOTE =
  'Rapport stores only counts, scores and categories — never the text of your posts. Nothing leaves your browser.';
