/** global/time-zone — a time of day without a time zone ("live at 3pm"). */
import { REGION_ZONE, TIME_ZONES } from '../lexicon/clarity';
import { matchAll } from '../text';
import { defineRule } from './types';

const TIME =
  /(?<![\p{L}\p{N}:])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ap]\.m\.|[ap]m))?|(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[ap]m))(?![\p{L}\p{N}])/giu;
const ZONE_AFTER = new RegExp(
  `^\\s*\\(?(?:${TIME_ZONES.join('|')}|UTC[+-−]\\d+|GMT[+-−]\\d+|[A-Z][a-z]+ time|your (?:local )?time|local time)\\b`,
);

export const timeZone = defineRule({
  id: 'global/time-zone',
  category: 'global',
  title: 'Time without zone',
  message: 'A time without a time zone.',
  why: 'Readers are in many time zones; a bare time is wrong for most of them.',
  severity: 'info',
  weight: 2,
  examples: {
    flagged: ['We go live at 3pm.', 'Doors open at 18:30 tomorrow'],
    clean: ['We go live at 3pm ET.', 'Live at 15:00 UTC', 'It took 3 hours.'],
  },
  checkSentence: (s, ctx) => {
    if (!ctx.globalAudience) return [];
    const zone = REGION_ZONE[ctx.voice.regions[0]?.toUpperCase() ?? ''] ?? 'UTC';
    return matchAll(TIME, s.text)
      .filter((m) => !ZONE_AFTER.test(s.text.slice(m.end)))
      .map((m) => ({ start: m.start, end: m.end, replacement: `${m.text} ${zone}` }));
  },
});
