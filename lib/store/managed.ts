/**
 * The organisation's voice, set by enterprise policy: Chrome's `storage.managed` (the `3rdparty`
 * extension policy, declared by public/managed_schema.json) and Firefox's `policies.json`
 * (`3rdparty.Extensions.<id>`) both arrive here as the same flat keys. Each key is checked on its
 * own (zod), and each entry of a list on its own: a wrong value is reported by name and ignored,
 * the rest of the policy still applies, and nothing an administrator writes can break Rapport.
 */
import * as z from 'zod/mini';
import type { BannedPhrase, BrandVoice } from '../analysis/types';
import { resolveVoice } from '../analysis/voice';

// Never let zod compile validators from strings (its JIT): extension pages and content scripts
// forbid that by their CSP.
z.config({ jitless: true });

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

// zod/mini carries no message texts (the locale lives in full zod): every check says its own.
const string = () => z.string({ error: 'must be text' });
const text = (max: number) => string().check(z.maxLength(max, `must be at most ${max} characters`));
const nonEmpty = (max: number) =>
  string().check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `at most ${max} characters`),
  );
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });

/** The scalar voice keys: a wrong value ignores that key only. */
const SCALARS = {
  voiceName: nonEmpty(80),
  formality: oneOf(['formal', 'neutral', 'casual'] as const),
  emoji: oneOf(['none', 'sparing', 'free'] as const),
  hashtagsMax: z.nullable(
    z
      .int({ error: 'must be a whole number' })
      .check(z.minimum(0, 'must be 0 or more'), z.maximum(30, 'must be 30 or less')),
  ),
  signOff: text(200),
  strictness: oneOf(['gentle', 'balanced', 'strict'] as const),
};

const RULE_ID = /^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The list keys: each entry is checked on its own; a wrong entry is ignored, the others apply. */
const LISTS = {
  banned: z.object(
    { phrase: nonEmpty(200), replacement: z.optional(text(200)) },
    { error: 'must be an entry such as {"phrase": "synergy", "replacement": "teamwork"}' },
  ),
  preferred: nonEmpty(200),
  regions: string().check(z.regex(/^[A-Za-z]{2,6}$/, 'must be a region code such as US, EU or APAC')),
  // The rule list itself lives with the engine, which the content script loads only when needed:
  // here the shape; the options page names ids this version does not know.
  disabledRules: string().check(z.regex(RULE_ID, 'must be a rule id such as "urgency/caps"')),
  sites: oneOf(POLICY_SITES),
};

const LIST_MAX = 500;
const OTHER_KEYS = ['allowPersonalProfiles'] as const;
/** Every key the policy may set (public/managed_schema.json declares the same). */
export const POLICY_KEYS = [...Object.keys(SCALARS), ...Object.keys(LISTS), ...OTHER_KEYS];

function issueMessage(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map(String).join('.');
  // zod's own message for a wrong type ("Invalid input: expected string, received number").
  const message = issue.message.replace(/^Invalid input: /, '');
  return path === '' ? message : `${path} ${message}`;
}

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
    const parsed = z.safeParse(schema, record[key]);
    if (!parsed.success) {
      problems.push({ field: key, message: issueMessage(parsed.error) });
      continue;
    }
    voiceSet = true;
    const value = parsed.data;
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
      const parsed = z.safeParse(schema as z.ZodMiniType, entry);
      if (parsed.success) kept.push(parsed.data);
      else problems.push({ field: `${key}[${i}]`, message: issueMessage(parsed.error) });
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
