import type { BrandVoice } from './types';

/** The voice used when the user has set none: neutral, sparing with emoji, platform hashtag norms. */
export const DEFAULT_VOICE: BrandVoice = {
  name: 'Default',
  formality: 'neutral',
  emoji: 'sparing',
  hashtags: { max: null },
  banned: [],
  preferred: [],
  names: [],
  signOff: '',
  regions: [],
  strictness: 'balanced',
  disabledRules: [],
};

/**
 * A voice's protected names as the engine uses them: trimmed, without the empty rows the options
 * page keeps while the user types, each once. Rules and rewrites read `cleanNames(voice.names ?? [])`.
 */
export function cleanNames(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** Fills the gaps of a partial voice with the defaults. */
export function resolveVoice(voice?: Partial<BrandVoice>): BrandVoice {
  return { ...DEFAULT_VOICE, ...voice, hashtags: { ...DEFAULT_VOICE.hashtags, ...voice?.hashtags } };
}
