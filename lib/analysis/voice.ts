import type { BrandVoice } from './types';

/** The voice used when the user has set none: neutral, sparing with emoji, platform hashtag norms. */
export const DEFAULT_VOICE: BrandVoice = {
  name: 'Default',
  formality: 'neutral',
  emoji: 'sparing',
  hashtags: { max: null },
  banned: [],
  preferred: [],
  signOff: '',
  regions: [],
  strictness: 'balanced',
  disabledRules: [],
};

/** Fills the gaps of a partial voice with the defaults. */
export function resolveVoice(voice?: Partial<BrandVoice>): BrandVoice {
  return { ...DEFAULT_VOICE, ...voice, hashtags: { ...DEFAULT_VOICE.hashtags, ...voice?.hashtags } };
}
