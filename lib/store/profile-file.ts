/**
 * The voice-profile file: what "Export" writes and "Import" reads. A small, versioned JSON document
 * checked with a zod schema, so a broken or foreign file is rejected with a message that names the
 * problem, before anything saved is touched. The CLI's `--voice` reads the same file.
 */
import { z } from 'zod';
import type { BrandVoice } from '../analysis/types';
import { resolveVoice } from '../analysis/voice';
import { addProfile } from './settings';

// Never let zod compile validators from strings (its JIT): extension pages forbid that by their CSP,
// and validation must not depend on a probe of it.
z.config({ jitless: true });

export const PROFILE_FILE_FORMAT = 'rapport-voice';
/** Version of the file format; bump it (and accept the old one) when the shape changes. */
export const PROFILE_FILE_VERSION = 1;
/** Files above this size are refused unread: a voice is a few kB at most. */
export const MAX_PROFILE_FILE_BYTES = 100_000;

const text = (max: number) => z.string().max(max);

/** A brand voice as it may appear in a file: every field optional (defaults fill the gaps), none unknown. */
export const brandVoiceSchema = z.strictObject({
  name: text(80).trim().min(1, 'name must not be empty').optional(),
  formality: z.enum(['formal', 'neutral', 'casual']).optional(),
  emoji: z.enum(['none', 'sparing', 'free']).optional(),
  hashtags: z.strictObject({ max: z.number().int().min(0).max(30).nullable() }).optional(),
  banned: z
    .array(
      z.strictObject({ phrase: text(200).trim().min(1, 'a banned phrase is empty'), replacement: text(200) }),
    )
    .max(500)
    .optional(),
  preferred: z.array(text(200)).max(500).optional(),
  signOff: text(200).optional(),
  regions: z
    .array(z.string().regex(/^[A-Za-z]{2,6}$/, 'a region is a code such as US, EU or APAC'))
    .max(50)
    .optional(),
  strictness: z.enum(['gentle', 'balanced', 'strict']).optional(),
  disabledRules: z.array(text(80)).max(200).optional(),
});

export const profileFileSchema = z.strictObject({
  format: z.literal(PROFILE_FILE_FORMAT, `"format" must be "${PROFILE_FILE_FORMAT}"`),
  version: z.number(),
  exportedAt: z.string().optional(),
  voice: brandVoiceSchema,
});

export type ProfileFile = z.infer<typeof profileFileSchema>;

export type ParsedProfile = { ok: true; voice: BrandVoice } | { ok: false; error: string };

/** The file "Export" writes for a voice. */
export function serializeProfile(voice: BrandVoice, now = new Date()): string {
  const file: ProfileFile = {
    format: PROFILE_FILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    exportedAt: now.toISOString(),
    voice: {
      ...voice,
      name: voice.name.trim() || 'Untitled voice',
      // Rows left empty in the options page are not part of the voice.
      banned: voice.banned.map((b) => ({ ...b, phrase: b.phrase.trim() })).filter((b) => b.phrase !== ''),
      preferred: voice.preferred.map((p) => p.trim()).filter((p) => p !== ''),
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name for an exported voice: `rapport-voice-acme.json`. */
export function profileFileName(voice: BrandVoice): string {
  const slug = voice.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `rapport-voice-${slug || 'profile'}.json`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/**
 * Reads an imported file's text: either a complete voice (defaults filled in) or an error in one
 * sentence naming the problem (not JSON, too large, wrong format or version, wrong shape). Pure.
 */
export function parseProfileFile(input: string): ParsedProfile {
  const bytes = new TextEncoder().encode(input).length;
  if (bytes > MAX_PROFILE_FILE_BYTES)
    return {
      ok: false,
      error: `The file is too large (${Math.ceil(bytes / 1000)} kB; a voice file is at most ${MAX_PROFILE_FILE_BYTES / 1000} kB).`,
    };
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    return { ok: false, error: 'The file is not JSON. Choose a file exported from Rapport.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: 'The file is not a Rapport voice file (expected a JSON object).' };
  const record = data as Record<string, unknown>;
  if (record.format !== PROFILE_FILE_FORMAT)
    return {
      ok: false,
      error: `The file is not a Rapport voice file ("format" must be "${PROFILE_FILE_FORMAT}").`,
    };
  if (record.version !== PROFILE_FILE_VERSION)
    return {
      ok: false,
      error: `Unsupported file version ${JSON.stringify(record.version ?? null)}; this Rapport reads version ${PROFILE_FILE_VERSION}.`,
    };
  const parsed = profileFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue);
    return { ok: false, error: `The voice in the file is not valid: ${issues.join('; ')}.` };
  }
  const { regions, preferred, ...rest } = parsed.data.voice;
  const voice: Partial<BrandVoice> = { ...rest };
  if (regions !== undefined) voice.regions = regions.map((r) => r.toUpperCase());
  if (preferred !== undefined) voice.preferred = preferred.map((p) => p.trim()).filter((p) => p.length > 0);
  return { ok: true, voice: resolveVoice(voice) };
}

/**
 * Imports a voice file as a new profile and makes it active; on any problem nothing saved changes
 * and the returned error says why.
 */
export async function importProfileFile(input: string): Promise<ParsedProfile> {
  const parsed = parseProfileFile(input);
  if (parsed.ok) await addProfile(parsed.voice);
  return parsed;
}
