/**
 * The voice-profile file: what "Export" writes and "Import" reads. A small, versioned JSON document
 * checked with a zod schema, so a broken or foreign file is rejected with a message that names the
 * problem, before anything saved is touched. The CLI's `--voice` reads the same file.
 *
 * Version 2 says where the voice came from: the profile's id and when it was last changed
 * (`updatedAt`), so a team passing one voice file around updates the same profile on each import,
 * and an older copy never silently replaces a newer one (see `planImport`). Version 1 files (no
 * profile) are still read, and always imported as a new profile.
 */
import { z } from 'zod';
import type { BrandVoice } from '../analysis/types';
import { cleanNames, resolveVoice } from '../analysis/voice';
import {
  addProfile,
  getSettings,
  ORGANISATION_ID,
  type Settings,
  updateSettings,
  type VoiceProfile,
} from './settings';

// Never let zod compile validators from strings (its JIT): extension pages forbid that by their CSP,
// and validation must not depend on a probe of it.
z.config({ jitless: true });

export const PROFILE_FILE_FORMAT = 'rapport-voice';
/** Version of the file format; bump it (and accept the old one) when the shape changes. */
export const PROFILE_FILE_VERSION = 2;
/** The versions this Rapport reads. */
export const READABLE_FILE_VERSIONS: readonly number[] = [1, 2];
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
  names: z
    .array(z.string('a name is text').max(80, 'a name is at most 80 characters'), 'must be a list of names')
    .max(500, 'at most 500 names')
    .optional(),
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
  /** Which profile this is a copy of, and of when (version 2). */
  profile: z
    .strictObject({
      id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, - or _'),
      updatedAt: z.iso.datetime({
        offset: true,
        error: 'must be a date and time such as 2026-03-05T14:20:00Z',
      }),
    })
    .optional(),
  voice: brandVoiceSchema,
});

export type ProfileFile = z.infer<typeof profileFileSchema>;

export type ParsedProfile =
  | {
      ok: true;
      voice: BrandVoice;
      /** The profile the file is a copy of (version 2 files), and when it was last changed (ms). */
      profile?: { id: string; updatedAt: number };
    }
  | { ok: false; error: string };

/**
 * The file "Export" writes for a voice; with `profile`, the file also says which profile it is a
 * copy of and when that was last changed.
 */
export function serializeProfile(
  voice: BrandVoice,
  now = new Date(),
  profile?: { id: string; updatedAt?: number },
): string {
  const { names: allNames, ...fields } = voice;
  const names = cleanNames(allNames ?? []);
  const file: ProfileFile = {
    format: PROFILE_FILE_FORMAT,
    version: PROFILE_FILE_VERSION,
    exportedAt: now.toISOString(),
    ...(profile === undefined
      ? {}
      : {
          profile: { id: profile.id, updatedAt: new Date(profile.updatedAt ?? now.getTime()).toISOString() },
        }),
    voice: {
      ...fields,
      name: voice.name.trim() || 'Untitled voice',
      // Rows left empty in the options page are not part of the voice.
      banned: voice.banned.map((b) => ({ ...b, phrase: b.phrase.trim() })).filter((b) => b.phrase !== ''),
      preferred: voice.preferred.map((p) => p.trim()).filter((p) => p !== ''),
      // Written only when there are some, so a file without names stays readable by older versions.
      ...(names.length > 0 ? { names } : {}),
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
  if (typeof record.version !== 'number' || !READABLE_FILE_VERSIONS.includes(record.version))
    return {
      ok: false,
      error: `Unsupported file version ${JSON.stringify(record.version ?? null)}; this Rapport reads versions ${READABLE_FILE_VERSIONS.join(' and ')}.`,
    };
  if (record.version === 1 && 'profile' in record)
    return {
      ok: false,
      error: 'The voice in the file is not valid: profile: version 1 files have no profile.',
    };
  const parsed = profileFileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map(describeIssue);
    return { ok: false, error: `The voice in the file is not valid: ${issues.join('; ')}.` };
  }
  const { regions, preferred, names, ...rest } = parsed.data.voice;
  const voice: Partial<BrandVoice> = { ...rest };
  if (regions !== undefined) voice.regions = regions.map((r) => r.toUpperCase());
  if (preferred !== undefined) voice.preferred = preferred.map((p) => p.trim()).filter((p) => p.length > 0);
  if (names !== undefined) voice.names = cleanNames(names);
  const profile = parsed.data.profile;
  return {
    ok: true,
    voice: resolveVoice(voice),
    ...(profile === undefined
      ? {}
      : { profile: { id: profile.id, updatedAt: Date.parse(profile.updatedAt) } }),
  };
}

/** What importing a parsed file would do to the saved profiles. */
export type ImportPlan =
  /** No profile of that id here (or a version 1 file): it is added. */
  | { kind: 'new' }
  /** A newer copy of a profile here: it replaces it. */
  | { kind: 'newer'; existing: VoiceProfile }
  /** The same copy as the one here: nothing to do. */
  | { kind: 'same'; existing: VoiceProfile }
  /** An older copy of a profile here: replacing it needs the user's confirmation. */
  | { kind: 'older'; existing: VoiceProfile };

/** Decides what importing `file` means given the saved settings. Pure. */
export function planImport(file: ParsedProfile & { ok: true }, settings: Settings): ImportPlan {
  if (file.profile === undefined || file.profile.id === ORGANISATION_ID) return { kind: 'new' };
  const { id, updatedAt } = file.profile;
  const existing = settings.profiles.find((p) => p.id === id && p.storage !== undefined);
  if (existing === undefined) return { kind: 'new' };
  const mine = existing.updatedAt ?? 0;
  if (updatedAt > mine) return { kind: 'newer', existing };
  if (updatedAt === mine && JSON.stringify(resolveVoice(existing.voice)) === JSON.stringify(file.voice))
    return { kind: 'same', existing };
  return { kind: 'older', existing };
}

/**
 * Saves an imported voice and makes it active: as a new profile (`'new'`: with the file's profile id
 * when it is free, so the next copy of it updates it), or over the profile it is a copy of
 * (`'replace'`). A replaced profile takes the file's date when the file is newer, and now when an
 * older copy was chosen on purpose (so it wins over the newer copies on the user's other devices).
 */
export async function saveImport(
  file: ParsedProfile & { ok: true },
  mode: 'new' | 'replace',
): Promise<Settings> {
  const target = file.profile;
  if (mode === 'replace' && target !== undefined) {
    const settings = await getSettings();
    const plan = planImport(file, settings);
    if (plan.kind === 'new') return saveImport(file, 'new');
    const updatedAt = plan.kind === 'newer' ? target.updatedAt : Date.now();
    return updateSettings((s) => ({
      ...s,
      activeId: target.id,
      profiles: s.profiles.map((p) => (p.id === target.id ? { ...p, voice: file.voice, updatedAt } : p)),
    }));
  }
  const settings = await getSettings();
  const free =
    target !== undefined &&
    target.id !== ORGANISATION_ID &&
    !settings.profiles.some((p) => p.id === target.id);
  if (!free) return addProfile(file.voice);
  return updateSettings((s) => ({
    ...s,
    activeId: target.id,
    profiles: [...s.profiles, { id: target.id, voice: file.voice, updatedAt: target.updatedAt }],
  }));
}

/**
 * Imports a voice file without asking anything: a new profile, or a newer copy over the profile it
 * is a copy of. An older copy of an existing profile is not saved (`older` says so; the options page
 * asks first, then calls `saveImport`). On any problem nothing saved changes and the error says why.
 */
export async function importProfileFile(
  input: string,
): Promise<ParsedProfile | { ok: true; voice: BrandVoice; older: ImportPlan & { kind: 'older' } }> {
  const parsed = parseProfileFile(input);
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed, await getSettings());
  if (plan.kind === 'older') return { ok: true, voice: parsed.voice, older: plan };
  if (plan.kind !== 'same') await saveImport(parsed, plan.kind === 'new' ? 'new' : 'replace');
  return parsed;
}
