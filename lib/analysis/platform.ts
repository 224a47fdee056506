/** Platform limits and norms: how each network counts length, and how many hashtags fit its culture. */
// Only twitter-text's length counter, not the whole library (autolinkers, extractors).
import parseTweet from 'twitter-text/dist/esm/parseTweet.js';
import type { Platform } from './types';

export interface PlatformRules {
  limit: number;
  /** Comment/reply limit where it differs. */
  commentLimit: number;
  hashtagNorm: { min: number; max: number };
}

export const PLATFORMS: Record<Platform, PlatformRules> = {
  x: { limit: 280, commentLimit: 280, hashtagNorm: { min: 0, max: 2 } },
  linkedin: { limit: 3000, commentLimit: 1250, hashtagNorm: { min: 0, max: 5 } },
  facebook: { limit: 63206, commentLimit: 8000, hashtagNorm: { min: 0, max: 2 } },
  generic: { limit: 3000, commentLimit: 3000, hashtagNorm: { min: 0, max: 3 } },
};

/** Length as the platform counts it: X weights URLs as 23 and CJK as 2 (twitter-text); others count UTF-16 units. */
export function platformLength(text: string, platform: Platform): number {
  if (platform !== 'x') return text.length;
  // twitter-text is linear but heavy; beyond 10x the limit the exact weight no longer matters.
  if (text.length > 5000) return text.length;
  return parseTweet(text).weightedLength;
}
