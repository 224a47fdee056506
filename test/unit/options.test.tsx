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
import { addProfile, getActiveVoice, getSettings, muteRule } from '../../lib/store/settings';

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
  it('edits every field of the voice and saves it automatically', async () => {
    // A save delay long enough to see the "Saving…" state between keystrokes and the save.
    const { user } = await renderOptions(vi.fn(), 400);
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
    const { user, download } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(download).toHaveBeenCalledOnce();
    const [name, contents] = download.mock.calls[0];
    expect(name).toBe('rapport-voice-default.json');
    expect(JSON.parse(contents)).toMatchObject({ format: 'rapport-voice', version: 1, voice: DEFAULT_VOICE });
    expect(screen.getByText('Exported “Default” to rapport-voice-default.json.')).toBeTruthy();
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
