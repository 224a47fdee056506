/**
 * The organisation's voice, set by enterprise policy: Chrome's `storage.managed` (the `3rdparty`
 * extension policy, declared by public/managed_schema.json) and Firefox's `policies.json`
 * (`3rdparty.Extensions.<id>`) both arrive here as the same flat keys. Each key is checked on its
 * own, and each entry of a list on its own: a wrong value is reported by name and ignored,
 * the rest of the policy still applies, and nothing an administrator writes can break Rapport.
 */
import type { BannedPhrase, BrandVoice } from '../analysis/types';
import { resolveVoice } from '../analysis/voice';

/** The site ids a policy may name (as `pausedSites` stores them). */
export const POLICY_SITES = ['x', 'linkedin', 'facebook'] as const;
export type PolicySite = (typeof POLICY_SITES)[number];

/** The voice name shown when the policy sets voice fields but no `voiceName`. */
export const DEFAULT_ORGANISATION_NAME = 'Organisation voice';

/** One wrong value in the policy: the key (and entry) that is wrong, and why. Shown in the options page. */
export interface PolicyProblem {
  field: string;
  message: string;
}

/** What a policy sets, after validation: only valid values. */
export interface OrganisationPolicy {
  /** The organisation's voice, or null when the policy sets no voice field. */
  voice: BrandVoice | null;
  /** Where Rapport reviews posts, set for every user (the others are paused); null: the user decides. */
  sites: PolicySite[] | null;
  /** Whether users may switch to a personal profile (default: yes; the organisation voice stays the default). */
  allowPersonalProfiles: boolean;
  problems: PolicyProblem[];
}

export const NO_POLICY: OrganisationPolicy = {
  voice: null,
  sites: null,
  allowPersonalProfiles: true,
  problems: [],
};

/**
 * A check of one value: its valid form, or why it is wrong. Hand-written rather than zod: the
 * content script reads the policy too, and zod (even zod/mini, about 7 kB gzip) would take it over
 * its size budget (scripts/size.mjs). Voice files, read only by the options page, use zod.
 */
type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const wrong = (message: string) => ({ ok: false as const, message });

const text =
  (max: number, { trim = false, empty = true } = {}): Check<string> =>
  (value) => {
    if (typeof value !== 'string') return wrong('must be text');
    const v = trim ? value.trim() : value;
    if (!empty && v === '') return wrong('must not be empty');
    return v.length > max ? wrong(`must be at most ${max} characters`) : ok(v);
  };
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value) =>
    values.includes(value as T)
      ? ok(value as T)
      : wrong(`must be one of ${values.map((v) => `"${v}"`).join(', ')}`);
const matching =
  (pattern: RegExp, message: string): Check<string> =>
  (value) =>
    typeof value !== 'string' ? wrong('must be text') : pattern.test(value) ? ok(value) : wrong(message);
const hashtagLimit: Check<number | null> = (value) => {
  if (value === null) return ok(null);
  if (typeof value !== 'number' || !Number.isInteger(value)) return wrong('must be a whole number');
  return value < 0 ? wrong('must be 0 or more') : value > 30 ? wrong('must be 30 or less') : ok(value);
};
const bannedEntry: Check<{ phrase: string; replacement?: string }> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return wrong('must be an entry such as {"phrase": "synergy", "replacement": "teamwork"}');
  const entry = value as Record<string, unknown>;
  const phrase = text(200, { trim: true, empty: false })(entry.phrase);
  if (!phrase.ok) return wrong(`phrase ${phrase.message}`);
  if (entry.replacement === undefined) return ok({ phrase: phrase.value });
  const replacement = text(200)(entry.replacement);
  if (!replacement.ok) return wrong(`replacement ${replacement.message}`);
  return ok({ phrase: phrase.value, replacement: replacement.value });
};

/** The scalar voice keys: a wrong value ignores that key only. */
const SCALARS: Record<string, Check<unknown>> = {
  voiceName: text(80, { trim: true, empty: false }),
  formality: oneOf(['formal', 'neutral', 'casual']),
  emoji: oneOf(['none', 'sparing', 'free']),
  hashtagsMax: hashtagLimit,
  signOff: text(200),
  strictness: oneOf(['gentle', 'balanced', 'strict']),
};

const RULE_ID = /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The list keys: each entry is checked on its own; a wrong entry is ignored, the others apply. */
const LISTS: Record<string, Check<unknown>> = {
  banned: bannedEntry,
  preferred: text(200, { trim: true, empty: false }),
  names: text(80, { trim: true, empty: false }),
  regions: matching(/^[A-Za-z]{2,6}$/, 'must be a region code such as US, EU or APAC'),
  // The rule list itself lives with the engine, which the content script loads only when needed:
  // here the shape; the options page names ids this version does not know.
  disabledRules: matching(RULE_ID, 'must be a rule id such as "urgency/caps"'),
  sites: oneOf(POLICY_SITES),
};

const LIST_MAX = 500;
const OTHER_KEYS = ['allowPersonalProfiles'] as const;
/** Every key the policy may set (public/managed_schema.json declares the same). */
export const POLICY_KEYS = [...Object.keys(SCALARS), ...Object.keys(LISTS), ...OTHER_KEYS];

/**
 * Reads what the managed storage area holds (every key optional; anything may be wrong) into the
 * valid part of a policy and a list of problems. Pure; never throws.
 */
export function parsePolicy(raw: unknown): OrganisationPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const record = raw as Record<string, unknown>;
  const problems: PolicyProblem[] = [];
  const voice: Partial<BrandVoice> = {};
  let voiceSet = false;
  const has = (key: string) => Object.hasOwn(record, key) && record[key] !== undefined;

  for (const [key, schema] of Object.entries(SCALARS)) {
    if (!has(key)) continue;
    const parsed = schema(record[key]);
    if (!parsed.ok) {
      problems.push({ field: key, message: parsed.message });
      continue;
    }
    voiceSet = true;
    const value = parsed.value;
    if (key === 'voiceName') voice.name = value as string;
    else if (key === 'hashtagsMax') voice.hashtags = { max: value as number | null };
    else (voice as Record<string, unknown>)[key] = value;
  }

  const lists: Record<string, unknown[]> = {};
  for (const [key, schema] of Object.entries(LISTS)) {
    if (!has(key)) continue;
    const value = record[key];
    if (!Array.isArray(value)) {
      problems.push({ field: key, message: 'must be a list' });
      continue;
    }
    const kept: unknown[] = [];
    value.slice(0, LIST_MAX).forEach((entry, i) => {
      const parsed = schema(entry);
      if (parsed.ok) kept.push(parsed.value);
      else problems.push({ field: `${key}[${i}]`, message: parsed.message });
    });
    if (value.length > LIST_MAX)
      problems.push({ field: key, message: `has more than ${LIST_MAX} entries; the rest are ignored` });
    lists[key] = kept;
  }
  if (lists.banned !== undefined) {
    voice.banned = (lists.banned as { phrase: string; replacement?: string }[]).map(
      (b): BannedPhrase => ({ phrase: b.phrase, replacement: b.replacement ?? '' }),
    );
    voiceSet = true;
  }
  if (lists.preferred !== undefined) {
    voice.preferred = lists.preferred as string[];
    voiceSet = true;
  }
  if (lists.names !== undefined) {
    voice.names = [...new Set(lists.names as string[])];
    voiceSet = true;
  }
  if (lists.regions !== undefined) {
    voice.regions = [...new Set((lists.regions as string[]).map((r) => r.toUpperCase()))];
    voiceSet = true;
  }
  if (lists.disabledRules !== undefined) {
    voice.disabledRules = [...new Set(lists.disabledRules as string[])];
    voiceSet = true;
  }

  let allowPersonalProfiles = true;
  if (has('allowPersonalProfiles')) {
    if (typeof record.allowPersonalProfiles === 'boolean')
      allowPersonalProfiles = record.allowPersonalProfiles;
    else problems.push({ field: 'allowPersonalProfiles', message: 'must be true or false' });
  }

  for (const key of Object.keys(record))
    if (!POLICY_KEYS.includes(key)) problems.push({ field: key, message: 'is not a Rapport policy setting' });

  return {
    voice: voiceSet ? resolveVoice({ name: DEFAULT_ORGANISATION_NAME, ...voice }) : null,
    sites: lists.sites === undefined ? null : [...new Set(lists.sites as PolicySite[])],
    allowPersonalProfiles,
    problems,
  };
}

/** Whether a policy sets anything at all (a voice, sites, or a rule for personal profiles). */
export function hasPolicy(policy: OrganisationPolicy): boolean {
  return (
    policy.voice !== null ||
    policy.sites !== null ||
    policy.problems.length > 0 ||
    !policy.allowPersonalProfiles
  );
}

/** A problem as one line for the options page: `emoji: must be one of "none", "sparing", "free"`. */
export function describeProblem(problem: PolicyProblem): string {
  return `${problem.field}: ${problem.message}`;
}
