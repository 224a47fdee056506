/**
 * The options page: the brand voice (every field of BrandVoice) of the active profile, a live preview
 * of a sample post reviewed with it, several profiles with export and import, per-rule and per-site
 * switches. Every change is saved automatically, with a visible "saved" state, and synced to the
 * user's other browsers (or kept on this device, said so, when it cannot be). When the
 * organisation's policy sets a voice, it is shown first, read-only, with what the policy got wrong.
 */
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { RULES } from '../../lib/analysis/index';
import { type BrandVoice, CATEGORIES } from '../../lib/analysis/types';
import { resolveVoice } from '../../lib/analysis/voice';
import type { OrganisationPolicy, PolicyProblem } from '../../lib/store/managed';
import {
  MAX_PROFILE_FILE_BYTES,
  type ParsedProfile,
  parseProfileFile,
  planImport,
  profileFileName,
  saveImport,
  serializeProfile,
} from '../../lib/store/profile-file';
import {
  addProfile,
  deleteProfile,
  getSettings,
  ORGANISATION_ID,
  organisationProfile,
  patchProfileVoice,
  setActiveProfile,
  setSitePaused,
  type VoiceProfile,
} from '../../lib/store/settings';
import { settingsStore } from '../../lib/store/stores';
import { CATEGORY_LABEL, PRIVACY_NOTE, SITE_LABEL } from '../shared/labels';
import { useSynced } from '../shared/useSynced';
import { VoiceFields } from './VoiceFields';
import { VoicePreview } from './VoicePreview';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface OptionsProps {
  /** How long after the last change the voice is saved (ms). */
  saveDelayMs?: number;
  /** Starts a download of a file (injectable for tests). */
  download?: (name: string, contents: string) => void;
}

/** "5 Mar 2026, 14:20": when a copy of a profile was last changed. */
function formatWhen(ms: number | undefined): string {
  if (ms === undefined || ms <= 0) return 'an unknown date';
  return new Date(ms).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** An older copy of a profile, waiting for the user to say whether it replaces theirs. */
interface PendingImport {
  file: ParsedProfile & { ok: true };
  existing: VoiceProfile;
}

function downloadFile(name: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Options({ saveDelayMs = 300, download = downloadFile }: OptionsProps) {
  const settings = useSynced(settingsStore);
  const { profiles, activeId, pausedSites, policy } = settings.value;
  const organisation = organisationProfile(settings.value);
  const active =
    activeId === ORGANISATION_ID && organisation !== null
      ? organisation
      : (profiles.find((p) => p.id === activeId) ?? profiles[0]);
  /** The organisation's voice is shown, not edited. */
  const locked = active?.id === ORGANISATION_ID;
  const personalAllowed = organisation === null || policy.allowPersonalProfiles;
  const stored = resolveVoice(active?.voice);
  const [draft, setDraft] = useState<{ id: string; voice: BrandVoice } | null>(null);
  const [save, setSave] = useState<SaveState>('idle');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => void } | null>(null);
  const inFlight = useRef(0);
  const voice = draft !== null && draft.id === active?.id ? draft.voice : stored;
  // The latest voice, also between renders, so several changes in one event all apply.
  const latest = useRef(voice);
  latest.current = voice;
  // The voice the pending edits started from: only the fields changed since are saved, so a change
  // made meanwhile elsewhere (a rule muted from the panel) is kept.
  const base = useRef<{ id: string; voice: BrandVoice } | null>(null);

  // A change saved elsewhere (another options tab, "Mute rule" in the panel) replaces the draft,
  // unless the user has edits here still waiting to be saved.
  const storedJson = JSON.stringify(active);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stored profile changes
  useEffect(() => {
    if (pending.current === null && inFlight.current === 0) {
      setDraft(null);
      base.current = null;
    }
  }, [storedJson]);

  const track = useCallback(async (work: Promise<unknown>) => {
    inFlight.current++;
    setSave('saving');
    try {
      await work;
      setSave('saved');
    } catch {
      setSave('error');
    } finally {
      inFlight.current--;
    }
  }, []);

  const flush = useCallback(() => {
    const p = pending.current;
    if (p === null) return;
    clearTimeout(p.timer);
    pending.current = null;
    p.run();
  }, []);
  useEffect(() => flush, [flush]);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [flush]);

  if (active === undefined) return null;

  /** Applies a change to the voice at once and saves it after a short pause. */
  const edit = (change: (v: BrandVoice) => BrandVoice) => {
    if (locked) return;
    const id = active.id;
    if (base.current?.id !== id) base.current = { id, voice: latest.current };
    const from = base.current.voice;
    const next = change(latest.current);
    latest.current = next;
    setDraft({ id, voice: next });
    setSave('saving');
    if (pending.current !== null) clearTimeout(pending.current.timer);
    const run = () => {
      base.current = { id, voice: next };
      const patch = changedFields(from, next);
      void track(patchProfileVoice(id, patch)).then(() => {
        // Saved and nothing else waiting: show the stored voice again (it may hold changes made
        // elsewhere meanwhile) once it has what was saved, so no field the user sees changes.
        if (pending.current !== null || inFlight.current !== 0) return;
        const profile = settingsStore.getState().value.profiles.find((p) => p.id === id);
        const now = resolveVoice(profile?.voice);
        const caughtUp = (Object.keys(patch) as (keyof BrandVoice)[]).every(
          (k) => JSON.stringify(now[k]) === JSON.stringify(patch[k]),
        );
        if (caughtUp) {
          setDraft(null);
          base.current = null;
        }
      });
    };
    pending.current = {
      run,
      timer: setTimeout(() => {
        pending.current = null;
        run();
      }, saveDelayMs),
    };
  };

  const switchProfile = (id: string) => {
    flush();
    setDraft(null);
    base.current = null;
    setConfirmDelete(false);
    setMessage(null);
    void track(setActiveProfile(id));
  };

  const onImport = async (file: File | undefined) => {
    if (file === undefined) return;
    flush();
    if (file.size > MAX_PROFILE_FILE_BYTES) {
      setMessage({
        kind: 'error',
        text: `Nothing imported: the file is too large (${Math.ceil(file.size / 1000)} kB; a voice file is at most ${MAX_PROFILE_FILE_BYTES / 1000} kB). Your settings are unchanged.`,
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({
        kind: 'error',
        text: 'Nothing imported: the file could not be read. Your settings are unchanged.',
      });
      return;
    }
    const parsed = parseProfileFile(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `Nothing imported: ${parsed.error} Your settings are unchanged.` });
      return;
    }
    try {
      const plan = planImport(parsed, await getSettings());
      if (plan.kind === 'older') {
        setMessage(null);
        setPendingImport({ file: parsed, existing: plan.existing });
        return;
      }
      if (plan.kind === 'same') {
        await setActiveProfile(plan.existing.id);
        setMessage({
          kind: 'info',
          text: `“${parsed.voice.name}” is already up to date: nothing to import.`,
        });
        return;
      }
      await saveImport(parsed, plan.kind === 'new' ? 'new' : 'replace');
      setDraft(null);
      base.current = null;
      setMessage({
        kind: 'info',
        text:
          plan.kind === 'new'
            ? `Imported “${parsed.voice.name}” and made it the active profile.`
            : `Updated “${plan.existing.voice.name}” to the newer copy from the file (changed ${formatWhen(parsed.profile?.updatedAt)}).`,
      });
      setSave('saved');
    } catch (e) {
      setMessage({ kind: 'error', text: `Nothing imported: ${String(e)} Your settings are unchanged.` });
    }
  };

  /** The answer to "replace your profile with the older copy?". */
  const resolveImport = async (choice: 'replace' | 'new' | 'cancel') => {
    const pending = pendingImport;
    setPendingImport(null);
    if (pending === null) return;
    if (choice === 'cancel') {
      setMessage({ kind: 'info', text: `Nothing imported: “${pending.existing.voice.name}” is unchanged.` });
      return;
    }
    try {
      await saveImport(pending.file, choice);
      setDraft(null);
      base.current = null;
      setMessage({
        kind: 'info',
        text:
          choice === 'replace'
            ? `Replaced “${pending.existing.voice.name}” with the older copy from the file.`
            : `Imported the older copy as a new profile, “${pending.file.voice.name}”; “${pending.existing.voice.name}” is unchanged.`,
      });
      setSave('saved');
    } catch (e) {
      setMessage({ kind: 'error', text: `Nothing imported: ${String(e)} Your settings are unchanged.` });
    }
  };

  const activeStorage = locked ? undefined : (active as VoiceProfile).storage;

  return (
    <div className="options">
      <header className="options-header">
        <div>
          <h1>Rapport</h1>
          <p className="muted">The brand voice every post is reviewed against.</p>
        </div>
        <SaveStatus state={save} locked={locked} />
      </header>

      {(organisation !== null || policy.sites !== null || policy.problems.length > 0) && (
        <OrganisationCard policy={policy} active={locked} />
      )}

      <Card
        title="Voice profiles"
        description="One per brand or client; the active one is used everywhere. Profiles follow you to every browser signed in to the same account."
      >
        <ProfileBar
          profiles={[
            ...(organisation === null
              ? []
              : [{ id: ORGANISATION_ID, name: `${organisation.voice.name} — set by your organisation` }]),
            ...profiles.map((p) => ({
              id: p.id,
              name: `${resolveVoice(p.voice).name}${p.storage?.area === 'local' ? ' (on this device only)' : ''}`,
              disabled: !personalAllowed,
            })),
          ]}
          activeId={active.id}
          locked={locked}
          personalAllowed={personalAllowed}
          onSwitch={switchProfile}
          onNew={() => {
            flush();
            setDraft(null);
            void track(addProfile({ name: `Profile ${profiles.length + 1}` }));
          }}
          onDuplicate={() => {
            flush();
            setDraft(null);
            void track(addProfile({ ...voice, name: `${voice.name} (copy)` }));
          }}
          onExport={() => {
            flush();
            const meta = locked
              ? undefined
              : { id: active.id, updatedAt: (active as VoiceProfile).updatedAt };
            download(profileFileName(voice), serializeProfile(voice, new Date(), meta));
            setMessage({ kind: 'info', text: `Exported “${voice.name}” to ${profileFileName(voice)}.` });
          }}
          onImport={onImport}
          canDelete={profiles.length > 1 && !locked}
          confirmDelete={confirmDelete}
          onDelete={() => setConfirmDelete(true)}
          onConfirmDelete={(yes) => {
            setConfirmDelete(false);
            if (!yes) return;
            if (pending.current !== null) clearTimeout(pending.current.timer);
            pending.current = null;
            setDraft(null);
            base.current = null;
            void track(deleteProfile(active.id));
          }}
        />
        {activeStorage?.area === 'local' && (
          <p className="message warning" role="status" data-testid="sync-problem">
            “{voice.name}” is saved on this device only: {activeStorage.reason}. Nothing is lost; your other
            browsers keep the last version that synced. Shorten it (fewer or shorter banned and preferred
            phrases) and it syncs again.
          </p>
        )}
        {pendingImport !== null && <ConfirmOlderImport pending={pendingImport} onAnswer={resolveImport} />}
        {message !== null && (
          <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </Card>

      <div className="voice-layout">
        <Card
          title="Brand voice"
          description={
            locked
              ? `“${voice.name}” is set by your organisation: you can see it here, not change it.`
              : `Editing “${voice.name}”.`
          }
        >
          <fieldset className="locked-fields" disabled={locked}>
            <legend className="sr-only">{locked ? 'Set by your organisation (read-only)' : 'Voice'}</legend>
            <VoiceFields voice={voice} edit={edit} />
          </fieldset>
        </Card>
        <Card
          title="Live preview"
          description="A sample post reviewed with the voice above, as you change it."
        >
          <VoicePreview voice={voice} />
        </Card>
      </div>

      <Card
        title="Rules"
        description={
          locked
            ? 'The rules your organisation switched on and off for its voice.'
            : 'Switch a rule off for this profile. Rules muted from the in-page panel show here, switched off.'
        }
      >
        <RuleSwitches
          locked={locked}
          disabled={voice.disabledRules}
          onToggle={(rule, on) =>
            edit((v) => ({
              ...v,
              disabledRules: on
                ? v.disabledRules.filter((r) => r !== rule)
                : [...new Set([...v.disabledRules, rule])],
            }))
          }
        />
      </Card>

      <Card
        title="Sites"
        description={
          policy.sites === null
            ? 'Where Rapport reviews posts. For every profile.'
            : 'Where Rapport reviews posts: set by your organisation.'
        }
      >
        <ul className="switch-list">
          {(['x', 'linkedin', 'facebook'] as const).map((site) => (
            <SwitchRow
              key={site}
              label={SITE_LABEL[site]}
              description={policy.sites === null ? undefined : 'Set by your organisation'}
              checked={!pausedSites.includes(site)}
              disabled={policy.sites !== null}
              onChange={(on) => void track(setSitePaused(site, !on))}
            />
          ))}
        </ul>
      </Card>

      <p className="privacy muted">{PRIVACY_NOTE}</p>
    </div>
  );
}

/** The fields of `next` that differ from `from`. */
function changedFields(from: BrandVoice, next: BrandVoice): Partial<BrandVoice> {
  const patch: Partial<Record<keyof BrandVoice, unknown>> = {};
  for (const key of Object.keys(next) as (keyof BrandVoice)[])
    if (JSON.stringify(from[key]) !== JSON.stringify(next[key])) patch[key] = next[key];
  return patch as Partial<BrandVoice>;
}

function SaveStatus({ state, locked }: { state: SaveState; locked: boolean }) {
  const text =
    locked && state === 'idle'
      ? 'Read-only: set by your organisation'
      : state === 'saving'
        ? 'Saving…'
        : state === 'saved'
          ? 'All changes saved'
          : state === 'error'
            ? 'Could not save the last change'
            : 'Changes are saved automatically';
  return (
    <p className={`save-status ${state}`} role="status" data-testid="save-status">
      {state === 'saved' && <span aria-hidden="true">✓ </span>}
      {text}
    </p>
  );
}

function Card({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description !== undefined && <p className="card-description muted">{description}</p>}
      {children}
    </section>
  );
}

function ProfileBar(props: {
  profiles: { id: string; name: string; disabled?: boolean }[];
  activeId: string;
  /** The active profile is the organisation's (read-only). */
  locked: boolean;
  /** Whether the policy lets the user switch to a personal profile. */
  personalAllowed: boolean;
  onSwitch(id: string): void;
  onNew(): void;
  onDuplicate(): void;
  onExport(): void;
  onImport(file: File | undefined): void;
  canDelete: boolean;
  confirmDelete: boolean;
  onDelete(): void;
  onConfirmDelete(yes: boolean): void;
}) {
  const selectId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <div className="profile-bar">
      <div className="row">
        <label htmlFor={selectId}>Active profile</label>
        <select
          id={selectId}
          value={props.activeId}
          disabled={!props.personalAllowed}
          aria-describedby={props.personalAllowed ? undefined : `${selectId}-why`}
          onChange={(e) => props.onSwitch(e.currentTarget.value)}
        >
          {props.profiles.map((p) => (
            <option key={p.id} value={p.id} disabled={p.disabled}>
              {p.name}
            </option>
          ))}
        </select>
        {!props.personalAllowed && (
          <span id={`${selectId}-why`} className="muted">
            Your organisation’s voice is used for every post; personal profiles are kept and come back if your
            organisation allows them again.
          </span>
        )}
      </div>
      <div className="row buttons">
        <button type="button" className="button" disabled={!props.personalAllowed} onClick={props.onNew}>
          New
        </button>
        <button
          type="button"
          className="button"
          disabled={!props.personalAllowed}
          onClick={props.onDuplicate}
        >
          {props.locked ? 'Copy to a personal profile' : 'Duplicate'}
        </button>
        <button type="button" className="button" onClick={props.onExport}>
          Export…
        </button>
        <button
          type="button"
          className="button"
          disabled={!props.personalAllowed}
          onClick={() => fileRef.current?.click()}
        >
          Import…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Import a voice profile file"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            props.onImport(file);
          }}
        />
        {props.confirmDelete ? (
          <span className="confirm">
            Delete this profile?
            <button type="button" className="button danger" onClick={() => props.onConfirmDelete(true)}>
              Delete
            </button>
            <button type="button" className="button" onClick={() => props.onConfirmDelete(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button danger"
            disabled={!props.canDelete}
            onClick={props.onDelete}
          >
            Delete…
          </button>
        )}
      </div>
    </div>
  );
}

function SwitchRow({
  label,
  description,
  checked,
  disabled = false,
  onChange,
}: {
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(on: boolean): void;
}) {
  const id = useId();
  return (
    <li className="switch-row">
      <label htmlFor={id}>
        <span>{label}</span>
        {description !== undefined && <span className="muted switch-description">{description}</span>}
      </label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={checked}
        className="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </li>
  );
}

function RuleSwitches({
  disabled,
  locked,
  onToggle,
}: {
  disabled: readonly string[];
  /** The organisation's voice: shown, not switched. */
  locked: boolean;
  onToggle(rule: string, on: boolean): void;
}) {
  const known = new Set(RULES.map((r) => r.id));
  const unknown = disabled.filter((r) => !known.has(r));
  return (
    <div className="rules">
      {CATEGORIES.map((c) => (
        <details
          key={c}
          className="rule-group"
          open={RULES.some((r) => r.category === c && disabled.includes(r.id))}
        >
          <summary>
            {CATEGORY_LABEL[c]}{' '}
            <span className="muted">
              ({RULES.filter((r) => r.category === c && !disabled.includes(r.id)).length} of{' '}
              {RULES.filter((r) => r.category === c).length} on)
            </span>
          </summary>
          <ul className="switch-list">
            {RULES.filter((r) => r.category === c).map((r) => (
              <SwitchRow
                key={r.id}
                label={r.title}
                description={r.why}
                checked={!disabled.includes(r.id)}
                disabled={locked}
                onChange={(on) => onToggle(r.id, on)}
              />
            ))}
          </ul>
        </details>
      ))}
      {unknown.length > 0 && !locked && (
        <p className="muted">
          Also off, no longer known to this version: {unknown.join(', ')}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              for (const r of unknown) onToggle(r, true);
            }}
          >
            Forget them
          </button>
        </p>
      )}
    </div>
  );
}

/**
 * What the organisation's policy sets, said once at the top: its voice (active, read-only), whether
 * personal profiles are allowed, the sites it decides, and every value it got wrong (ignored).
 */
function OrganisationCard({ policy, active }: { policy: OrganisationPolicy; active: boolean }) {
  const known = new Set(RULES.map((r) => r.id));
  const problems: PolicyProblem[] = [
    ...policy.problems,
    ...(policy.voice?.disabledRules ?? [])
      .filter((r) => !known.has(r))
      .map((r) => ({ field: 'disabledRules', message: `"${r}" is not a rule of this version of Rapport` })),
  ];
  const titleId = useId();
  return (
    <section className="card organisation" aria-labelledby={titleId} data-testid="organisation">
      <h2 id={titleId}>
        <span className="badge-managed">Set by your organisation</span>
        {policy.voice === null ? 'Rapport is managed by your organisation' : policy.voice.name}
      </h2>
      <ul className="organisation-facts">
        {policy.voice !== null && (
          <li>
            {active
              ? 'This voice is active: every post is reviewed against it.'
              : 'You chose a personal profile; switch back to this voice under “Active profile”.'}{' '}
            It is read-only here; your organisation updates it.
          </li>
        )}
        {policy.voice !== null && (
          <li>
            {policy.allowPersonalProfiles
              ? 'You may switch to a personal profile for your own accounts.'
              : 'Personal profiles are turned off by your organisation.'}
          </li>
        )}
        {policy.sites !== null && (
          <li>
            Rapport reviews posts on{' '}
            {policy.sites.length === 0 ? 'no site' : policy.sites.map((s) => SITE_LABEL[s]).join(', ')}, as
            your organisation set.
          </li>
        )}
      </ul>
      {problems.length > 0 && (
        <div className="message warning" role="alert" data-testid="policy-problems">
          <p>
            Some values of your organisation’s policy are not valid and are ignored (the rest applies). Tell
            whoever manages Rapport:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                <code>{p.field}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Asks before an older copy of a profile replaces the newer one saved here. Keyboard first: focus lands on "Keep mine". */
function ConfirmOlderImport({
  pending,
  onAnswer,
}: {
  pending: PendingImport;
  onAnswer(choice: 'replace' | 'new' | 'cancel'): void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="message warning confirm-import"
      role="alertdialog"
      aria-labelledby={titleId}
      data-testid="confirm-older-import"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onAnswer('cancel');
      }}
    >
      <p id={titleId}>
        This file holds an <strong>older copy</strong> of “{pending.existing.voice.name}”: the file’s was
        changed {formatWhen(pending.file.profile?.updatedAt)}, yours {formatWhen(pending.existing.updatedAt)}.
        Replace yours with the older copy?
      </p>
      <div className="row buttons">
        <button ref={keep} type="button" className="button" onClick={() => onAnswer('cancel')}>
          Keep mine
        </button>
        <button type="button" className="button" onClick={() => onAnswer('new')}>
          Import as a new profile
        </button>
        <button type="button" className="button danger" onClick={() => onAnswer('replace')}>
          Replace with the older copy
        </button>
      </div>
    </div>
  );
}
