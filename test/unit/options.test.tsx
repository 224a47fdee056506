// @vitest-environment happy-dom
/**
 * The options page with Testing Library on the fake browser: every voice field saves automatically
 * with a visible state, the live preview follows the voice, rules muted in the panel can be unmuted,
 * sites can be paused, profiles can be added, switched, exported, imported and deleted, and a bad
 * import changes nothing.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import { RULES } from '../../lib/analysis/index';
import { DEFAULT_VOICE } from '../../lib/analysis/voice';
import { serializeProfile } from '../../lib/store/profile-file';
import {
  addProfile,
  getActiveVoice,
  getSettings,
  muteRule,
  ORGANISATION_ID,
  patchProfileVoice,
} from '../../lib/store/settings';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

async function renderOptions(download = vi.fn(), saveDelayMs = 20) {
  const view = render(<Options saveDelayMs={saveDelayMs} download={download} />);
  await screen.findByRole('heading', { name: 'Brand voice' });
  return { ...view, download, user: userEvent.setup() };
}

const saved = () =>
  vi.waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('All changes saved'), {
    timeout: 3000,
  });

describe('options', () => {
  it('edits every field of the voice and saves it automatically', { timeout: 20_000 }, async () => {
    // A save delay long enough to see the "Saving…" state between keystrokes and the save.
    // The save waits 1.5 s after the last change, so 'Saving…' is still showing after typing on a busy machine.
    const { user } = await renderOptions(vi.fn(), 1500);
    expect(screen.getByTestId('save-status').textContent).toBe('Changes are saved automatically');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Acme');
    expect(screen.getByTestId('save-status').textContent).toBe('Saving…');
    await user.click(screen.getByRole('radio', { name: 'Casual' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emoji' }), 'none');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hashtags per post' }), '2');
    await user.click(screen.getByRole('button', { name: 'Add a banned phrase' }));
    await user.type(screen.getByRole('textbox', { name: 'Banned phrase 1' }), 'synergy');
    await user.type(screen.getByRole('textbox', { name: 'Replacement for banned phrase 1' }), 'teamwork');
    await user.type(
      screen.getByRole('textbox', { name: 'Preferred phrases' }),
      'community{Enter}conversation',
    );
    await user.type(screen.getByRole('textbox', { name: 'Protected names' }), 'ACME{Enter}AcmeCloud™');
    await user.type(screen.getByRole('textbox', { name: 'Sign-off' }), '— The Acme team');
    await user.type(screen.getByRole('textbox', { name: 'Audience regions' }), 'us, eu');
    await user.click(screen.getByRole('radio', { name: 'Strict' }));
    await saved();
    expect(await getActiveVoice()).toEqual({
      name: 'Acme',
      formality: 'casual',
      emoji: 'none',
      hashtags: { max: 2 },
      banned: [{ phrase: 'synergy', replacement: 'teamwork' }],
      preferred: ['community', 'conversation'],
      names: ['ACME', 'AcmeCloud™'],
      signOff: '— The Acme team',
      regions: ['US', 'EU'],
      strictness: 'strict',
      disabledRules: [],
    });
    // What was typed stays as typed while the stored value catches up.
    expect((screen.getByRole('textbox', { name: 'Audience regions' }) as HTMLInputElement).value).toBe(
      'us, eu',
    );
  });

  it('keeps a rule muted from the panel while an edit here is waiting to be saved', async () => {
    const { user } = await renderOptions(vi.fn(), 300);
    await user.type(screen.getByRole('textbox', { name: 'Sign-off' }), 'Cheers');
    await act(() => muteRule('urgency/caps'));
    await saved();
    expect(await getActiveVoice()).toMatchObject({ signOff: 'Cheers', disabledRules: ['urgency/caps'] });
    await vi.waitFor(() =>
      expect((screen.getByRole('switch', { name: /^Shouting/ }) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('removes a banned phrase', async () => {
    await act(() => addProfile({ banned: [{ phrase: 'buy now', replacement: '' }] }));
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Remove banned phrase 1 (buy now)' }));
    await saved();
    expect((await getActiveVoice()).banned).toEqual([]);
  });

  it('reviews the sample post with the voice being edited, live', async () => {
    const { user } = await renderOptions();
    const preview = screen.getByTestId('preview');
    expect(preview.querySelector('[data-rule="voice/banned"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a banned phrase' }));
    await user.type(screen.getByRole('textbox', { name: 'Banned phrase 1' }), 'dashboard');
    await vi.waitFor(() => expect(preview.querySelector('[data-rule="voice/banned"]')).not.toBeNull());
    const sample = screen.getByRole('textbox', { name: 'Sample post' });
    await user.clear(sample);
    await user.type(sample, 'What did you learn this week? Thanks for sharing.');
    await vi.waitFor(() => expect(within(preview).getByText('Nothing flagged.')).toBeTruthy());
  });

  it('lists every rule of the engine; a rule muted from the panel shows off and can be unmuted', async () => {
    const { user } = await renderOptions();
    for (const rule of RULES.slice(0, 5))
      expect(screen.getByRole('switch', { name: new RegExp(rule.title) })).toBeTruthy();
    expect(screen.getAllByRole('switch')).toHaveLength(RULES.length + 3);
    // Muted in the panel (another context) while the page is open: the switch follows live.
    const caps = RULES.find((r) => r.id === 'urgency/caps')!;
    await act(() => muteRule(caps.id));
    const toggle = screen.getByRole('switch', { name: new RegExp(caps.title) }) as HTMLInputElement;
    await vi.waitFor(() => expect(toggle.checked).toBe(false));
    await user.click(toggle);
    await saved();
    expect((await getActiveVoice()).disabledRules).toEqual([]);
    await user.click(toggle);
    await saved();
    expect((await getActiveVoice()).disabledRules).toEqual([caps.id]);
  });

  it('pauses and resumes sites', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('switch', { name: 'Facebook' }));
    await saved();
    expect((await getSettings()).pausedSites).toEqual(['facebook']);
    await user.click(screen.getByRole('switch', { name: 'Facebook' }));
    await saved();
    expect((await getSettings()).pausedSites).toEqual([]);
  });

  it('adds, duplicates, switches and deletes profiles (with confirmation)', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New' }));
    const select = screen.getByRole('combobox', { name: 'Active profile' }) as HTMLSelectElement;
    await vi.waitFor(() => expect(select.selectedOptions[0].textContent).toBe('Profile 2'));
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    await vi.waitFor(() => expect(select.selectedOptions[0].textContent).toBe('Profile 2 (copy)'));
    expect((await getSettings()).profiles).toHaveLength(3);
    await user.selectOptions(select, 'default');
    await vi.waitFor(async () => expect((await getSettings()).activeId).toBe('default'));
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Default');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await getSettings()).profiles).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await vi.waitFor(async () =>
      expect((await getSettings()).profiles.map((p) => p.voice.name)).toEqual([
        'Profile 2',
        'Profile 2 (copy)',
      ]),
    );
  });

  it('saves a pending edit before switching profile', async () => {
    await act(() => addProfile({ name: 'Second' }));
    const { user } = await renderOptions();
    await user.type(screen.getByRole('textbox', { name: 'Sign-off' }), 'Cheers');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Active profile' }), 'default');
    await vi.waitFor(async () => {
      const s = await getSettings();
      expect(s.activeId).toBe('default');
      expect(s.profiles[1].voice.signOff).toBe('Cheers');
    });
  });

  it('exports the active profile as a versioned file', async () => {
    const { names: _, ...withoutNames } = DEFAULT_VOICE;
    const { user, download } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(download).toHaveBeenCalledOnce();
    const [name, contents] = download.mock.calls[0];
    expect(name).toBe('rapport-voice-default.json');
    expect(JSON.parse(contents)).toMatchObject({
      format: 'rapport-voice',
      version: 2,
      profile: { id: 'default', updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      voice: withoutNames,
    });
    // No names: none written, so the file stays readable by versions before names.
    expect(JSON.parse(contents).voice).not.toHaveProperty('names');
    expect(screen.getByText('Exported “Default” to rapport-voice-default.json.')).toBeTruthy();
  });

  it('exports and imports the protected names, one per line in the page', async () => {
    await act(() => addProfile({ name: 'Sonic', names: ['SONIC', 'Route 44'] }));
    const { user, download } = await renderOptions();
    const field = screen.getByRole('textbox', { name: 'Protected names' }) as HTMLTextAreaElement;
    expect(field.value).toBe('SONIC\nRoute 44');
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(JSON.parse(download.mock.calls[0][1]).voice.names).toEqual(['SONIC', 'Route 44']);
    await user.upload(
      screen.getByTestId('import-file'),
      new File(
        [serializeProfile({ ...DEFAULT_VOICE, name: 'Geico', names: ['GEICO', ' EBONY Power 100 '] })],
        'g.json',
        {
          type: 'application/json',
        },
      ),
    );
    expect(await screen.findByText('Imported “Geico” and made it the active profile.')).toBeTruthy();
    expect((await getActiveVoice()).names).toEqual(['GEICO', 'EBONY Power 100']);
    await vi.waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Protected names' }) as HTMLTextAreaElement).value).toBe(
        'GEICO\nEBONY Power 100',
      ),
    );
  });

  it('imports a file as a new active profile', async () => {
    const { user } = await renderOptions();
    const text = serializeProfile({ ...DEFAULT_VOICE, name: 'Client C', emoji: 'free' });
    await user.upload(
      screen.getByTestId('import-file'),
      new File([text], 'client-c.json', { type: 'application/json' }),
    );
    expect(await screen.findByText('Imported “Client C” and made it the active profile.')).toBeTruthy();
    expect(await getActiveVoice()).toMatchObject({ name: 'Client C', emoji: 'free' });
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Client C');
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['a wrong version', JSON.stringify({ format: 'rapport-voice', version: 3, voice: {} }), /version 3/],
    [
      'a wrong shape',
      JSON.stringify({ format: 'rapport-voice', version: 1, voice: { strictness: 'max' } }),
      /voice\.strictness/,
    ],
    [
      'malformed names',
      JSON.stringify({ format: 'rapport-voice', version: 2, voice: { names: 'SONIC' } }),
      /voice\.names: must be a list of names/,
    ],
    ['too large', 'x'.repeat(150_000), /too large/],
  ])('rejects %s with a clear message and changes nothing', async (_, contents, problem) => {
    await act(() => muteRule('urgency/caps'));
    const before = await getSettings();
    const { user } = await renderOptions();
    await user.upload(
      screen.getByTestId('import-file'),
      new File([contents], 'voice.json', { type: 'application/json' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(problem);
    expect(alert.textContent).toMatch(/^Nothing imported: .* Your settings are unchanged\.$/);
    expect(await getSettings()).toEqual(before);
  });

  it('still renders, and saves, when the stored settings are damaged', async () => {
    await fakeBrowser.storage.local.set({ settings: { activeId: 7, profiles: [{}] }, settings$: { v: 2 } });
    const { user } = await renderOptions();
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Default');
    await user.click(screen.getByRole('radio', { name: 'Formal' }));
    await saved();
    expect((await getActiveVoice()).formality).toBe('formal');
  });

  it('is operable by keyboard: fields, segmented radios and switches are reachable with Tab', async () => {
    const { user } = await renderOptions();
    screen.getByRole('textbox', { name: 'Name' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Neutral' }));
    await user.keyboard('{ArrowRight}');
    await vi.waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Casual' }) as HTMLInputElement).checked).toBe(true),
    );
    const facebook = screen.getByRole('switch', { name: 'Facebook' });
    facebook.focus();
    await user.keyboard(' ');
    await saved();
    expect((await getSettings()).pausedSites).toEqual(['facebook']);
  });
});

describe('options: voice files that say where they came from', () => {
  const exported = async (download: ReturnType<typeof vi.fn>, user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    return download.mock.calls.at(-1)?.[1] as string;
  };
  const upload = (user: ReturnType<typeof userEvent.setup>, text: string) =>
    user.upload(
      screen.getByTestId('import-file'),
      new File([text], 'voice.json', { type: 'application/json' }),
    );

  it('asks before an older copy of a profile replaces it: keep mine, import as new, or replace', async () => {
    await act(() => addProfile({ name: 'Acme' }));
    const { user, download } = await renderOptions();
    const old = await exported(download, user);
    const id = (await getSettings()).activeId;
    // Edited since the export (later than the file's updatedAt).
    await new Promise((r) => setTimeout(r, 5));
    await act(() => patchProfileVoice(id, { signOff: 'Newer sign-off' }));
    await upload(user, old);
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(
      /older copy of “Acme”: the file’s was changed .+, yours .+\. Replace yours/,
    );
    // Keyboard first: focus is on the safe answer, and Escape means "keep mine".
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Nothing imported: “Acme” is unchanged.')).toBeTruthy();
    expect((await getActiveVoice()).signOff).toBe('Newer sign-off');

    await upload(user, old);
    await user.click(await screen.findByRole('button', { name: 'Import as a new profile' }));
    await vi.waitFor(async () => expect((await getSettings()).profiles).toHaveLength(3));
    let s = await getSettings();
    expect(s.profiles.find((p) => p.id === id)?.voice.signOff).toBe('Newer sign-off');
    expect(s.profiles.at(-1)?.voice).toMatchObject({ name: 'Acme', signOff: '' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Active profile' }), id);
    await upload(user, old);
    await user.click(await screen.findByRole('button', { name: 'Replace with the older copy' }));
    expect(await screen.findByText('Replaced “Acme” with the older copy from the file.')).toBeTruthy();
    s = await getSettings();
    expect(s.activeId).toBe(id);
    expect(s.profiles.find((p) => p.id === id)?.voice.signOff).toBe('');
    expect(s.profiles).toHaveLength(3);
  });

  it('updates a profile from a newer copy of it without asking, and says when a copy is already current', async () => {
    await act(() => addProfile({ name: 'Acme' }));
    const { user, download } = await renderOptions();
    const id = (await getSettings()).activeId;
    const current = await exported(download, user);
    await upload(user, current);
    expect(await screen.findByText('“Acme” is already up to date: nothing to import.')).toBeTruthy();
    // A colleague's newer copy of the same profile (same id, later updatedAt).
    const file = JSON.parse(current);
    file.profile.updatedAt = new Date(Date.now() + 60_000).toISOString();
    file.voice.emoji = 'none';
    await upload(user, JSON.stringify(file));
    expect(await screen.findByText(/^Updated “Acme” to the newer copy from the file/)).toBeTruthy();
    const s = await getSettings();
    expect(s.profiles).toHaveLength(2);
    expect(s.profiles.find((p) => p.id === id)?.voice.emoji).toBe('none');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('imports a colleague’s file as a new profile that keeps its id, so their next copy updates it', async () => {
    const { user } = await renderOptions();
    const file = serializeProfile({ ...DEFAULT_VOICE, name: 'Team' }, new Date(), {
      id: 'p-team0001',
      updatedAt: Date.parse('2026-03-05T10:00:00Z'),
    });
    await upload(user, file);
    await screen.findByText('Imported “Team” and made it the active profile.');
    expect((await getSettings()).profiles.at(-1)).toMatchObject({
      id: 'p-team0001',
      updatedAt: Date.parse('2026-03-05T10:00:00Z'),
    });
  });
});

describe('options: sync', () => {
  it('says when a profile is too large to sync and stays on this device, losing nothing', async () => {
    const banned = Array.from({ length: 150 }, (_, i) => ({
      phrase: `phrase number ${i}`,
      replacement: `replacement ${i}`,
    }));
    await act(() => addProfile({ name: 'Big', banned }));
    await renderOptions();
    const note = await screen.findByTestId('sync-problem');
    expect(note.textContent).toMatch(
      /^“Big” is saved on this device only: it is too large to sync \(\d+\.\d kB; the browser syncs at most 8\.2 kB per profile\)\. Nothing is lost/,
    );
    expect(
      (screen.getByRole('combobox', { name: 'Active profile' }) as HTMLSelectElement).selectedOptions[0]
        .textContent,
    ).toBe('Big (on this device only)');
    expect(screen.getAllByRole('textbox', { name: /^Banned phrase \d+$/ })).toHaveLength(150);
  });
});

describe('options: a voice set by the organisation', () => {
  const POLICY = {
    voiceName: 'Acme Corp',
    formality: 'formal',
    emoji: 'lots',
    banned: [{ phrase: 'synergy', replacement: 'teamwork' }, { phrase: '' }],
    regions: ['US', 'United Kingdom'],
    disabledRules: ['urgency/caps', 'nope/gone'],
    sites: ['linkedin', 'x'],
    colour: 'red',
  };

  it('shows it first, active by default, read-only, with each invalid value named and ignored', async () => {
    await act(() => addProfile({ name: 'Mine' }));
    await fakeBrowser.storage.managed.set(POLICY);
    await renderOptions();
    const card = await screen.findByTestId('organisation');
    expect(card.textContent).toContain('Set by your organisation');
    expect(card.textContent).toContain('Acme Corp');
    expect(card.textContent).toContain('This voice is active');
    const problems = within(screen.getByTestId('policy-problems'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(problems).toEqual([
      'emoji must be one of "none", "sparing", "free"',
      'banned[1] phrase must not be empty',
      'regions[1] must be a region code such as US, EU or APAC',
      'colour is not a Rapport policy setting',
      'disabledRules "nope/gone" is not a rule of this version of Rapport',
    ]);
    const select = screen.getByRole('combobox', { name: 'Active profile' }) as HTMLSelectElement;
    expect(select.value).toBe(ORGANISATION_ID);
    expect(select.selectedOptions[0].textContent).toBe('Acme Corp — set by your organisation');
    const name = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(name.value).toBe('Acme Corp');
    // Read-only the browser's way: the fields sit in a disabled fieldset (they match :disabled).
    expect((name.closest('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: 'Formal' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Banned phrase 1' }) as HTMLInputElement).value).toBe(
      'synergy',
    );
    expect(screen.queryByRole('textbox', { name: 'Banned phrase 2' })).toBeNull();
    expect((screen.getByRole('switch', { name: /^Shouting/ }) as HTMLInputElement).disabled).toBe(true);
    const facebook = screen.getByRole('switch', {
      name: 'Facebook Set by your organisation',
    }) as HTMLInputElement;
    expect(facebook.checked).toBe(false);
    expect(facebook.disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Delete…' }).hasAttribute('disabled')).toBe(true);
    // The voice the content script reviews with: the organisation's, valid fields only.
    expect(await getActiveVoice()).toMatchObject({
      name: 'Acme Corp',
      formality: 'formal',
      emoji: 'sparing',
      banned: [{ phrase: 'synergy', replacement: 'teamwork' }],
      regions: ['US'],
      // An id this version does not know is reported above; switching it off is harmless.
      disabledRules: ['urgency/caps', 'nope/gone'],
    });
    expect((await getSettings()).pausedSites).toEqual(['facebook']);
    // Muting a rule of the organisation's voice is refused, not silently applied elsewhere.
    await expect(muteRule('hard-sell/hype')).rejects.toThrow(/set by your organisation/);
  });

  it('lets the user switch to a personal profile and back when the policy allows it', async () => {
    await act(() => addProfile({ name: 'Mine' }));
    await fakeBrowser.storage.managed.set({ voiceName: 'Acme Corp' });
    const { user } = await renderOptions();
    const select = await screen.findByRole('combobox', { name: 'Active profile' });
    await vi.waitFor(() => expect((select as HTMLSelectElement).value).toBe(ORGANISATION_ID));
    const mine = (await getSettings()).profiles[1].id;
    await user.selectOptions(select, mine);
    await vi.waitFor(async () => expect((await getActiveVoice()).name).toBe('Mine'));
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByTestId('organisation').textContent).toContain('You chose a personal profile');
    await user.selectOptions(select, ORGANISATION_ID);
    await vi.waitFor(async () => expect((await getActiveVoice()).name).toBe('Acme Corp'));
  });

  it('keeps personal profiles (unused) when the policy does not allow them, and brings them back after', async () => {
    await act(() => addProfile({ name: 'Mine' }));
    await fakeBrowser.storage.managed.set({ voiceName: 'Acme Corp', allowPersonalProfiles: false });
    await renderOptions();
    const select = (await screen.findByRole('combobox', { name: 'Active profile' })) as HTMLSelectElement;
    await vi.waitFor(() => expect(select.value).toBe(ORGANISATION_ID));
    expect(select.disabled).toBe(true);
    expect(screen.getByTestId('organisation').textContent).toContain('Personal profiles are turned off');
    expect(screen.getByRole('button', { name: 'New' }).hasAttribute('disabled')).toBe(true);
    // The policy is removed: the user's own profile is there, and active again.
    await act(() => fakeBrowser.storage.managed.clear());
    await vi.waitFor(() => expect(screen.queryByTestId('organisation')).toBeNull());
    expect((await getActiveVoice()).name).toBe('Mine');
    expect((await getSettings()).profiles.map((p) => p.voice.name)).toEqual(['Default', 'Mine']);
  });

  it('follows a policy that arrives while the page is open', async () => {
    await renderOptions();
    expect(screen.queryByTestId('organisation')).toBeNull();
    await act(() =>
      fakeBrowser.storage.managed.set({ voiceName: 'Acme Corp', banned: [{ phrase: 'synergy' }] }),
    );
    expect((await screen.findByTestId('organisation')).textContent).toContain('Acme Corp');
    await vi.waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Acme Corp'),
    );
  });
});
