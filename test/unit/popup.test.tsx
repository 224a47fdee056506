// @vitest-environment happy-dom
/**
 * The popup with Testing Library on the fake browser: first-use state, stats per period, biggest
 * improvement, pause switch, health line, reset with confirmation, live updates from other contexts.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentSite } from '../../components/popup/currentSite';
import { Popup } from '../../components/popup/Popup';
import { SITES } from '../../lib/sites/detect';
import { healthItem } from '../../lib/store/health';
import { getSettings, setSitePaused } from '../../lib/store/settings';
import { type PostRecord, recordReview, sessionStartItem, statsItem } from '../../lib/store/stats';

const NOW = new Date(2026, 10, 20, 12, 0).getTime();
const DAY = 24 * 60 * 60 * 1000;
const linkedin = SITES.find((s) => s.id === 'linkedin')!;

const record = (over: Partial<PostRecord>): PostRecord => ({
  id: Math.random().toString(36).slice(2),
  platform: 'linkedin',
  startedAt: NOW - 1000,
  updatedAt: NOW - 500,
  firstScore: 40,
  lastScore: 60,
  finished: true,
  applied: 0,
  categories: {},
  ...over,
});

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderPopup(site: typeof linkedin | null = linkedin) {
  return render(<Popup getSite={() => Promise.resolve(site)} now={() => NOW} />);
}

describe('popup', () => {
  it('explains what to do on first use', async () => {
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'No posts reviewed yet' })).toBeTruthy();
    expect(screen.getByText(/Open X, LinkedIn or Facebook and start writing a post/)).toBeTruthy();
    expect(screen.getByText(/never the text of your posts/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Reset statistics/ })).toBeNull();
  });

  it('shows this session, then 7 and 30 days: posts, first → final score, suggestions, platforms, categories', async () => {
    await sessionStartItem.setValue(NOW - 60 * 60 * 1000);
    await statsItem.setValue([
      record({ firstScore: 31, lastScore: 78, applied: 2, categories: { 'hard-sell': 1 } }),
      record({ platform: 'x', firstScore: 50, lastScore: 60, applied: 1, categories: { urgency: 2 } }),
      record({
        platform: 'facebook',
        startedAt: NOW - 3 * DAY,
        updatedAt: NOW - 3 * DAY,
        firstScore: 10,
        lastScore: 20,
      }),
      record({
        platform: 'x',
        startedAt: NOW - 20 * DAY,
        updatedAt: NOW - 20 * DAY,
        firstScore: 0,
        lastScore: 100,
      }),
    ]);
    renderPopup();
    await screen.findByText('posts reviewed');
    expect(screen.getByTestId('posts-reviewed').textContent).toBe('2');
    expect(screen.getByTestId('score-change').textContent).toBe('41 →then 69');
    expect(screen.getByTestId('applied').textContent).toBe('3');
    expect(screen.getByTestId('best').textContent).toBe(
      'Biggest improvement this session: from 31 to 78 on LinkedIn.',
    );
    const platforms = screen.getByRole('table');
    expect(within(platforms).getByRole('rowheader', { name: 'LinkedIn' })).toBeTruthy();
    expect(within(platforms).getByRole('rowheader', { name: 'X' })).toBeTruthy();
    expect(within(platforms).queryByRole('rowheader', { name: 'Facebook' })).toBeNull();
    const categories = screen.getByRole('region', { name: 'Findings by category' });
    expect(categories.textContent).toContain('Hard sell1');
    expect(categories.textContent).toContain('Urgency2');
    expect(screen.getByRole('img', { name: /Score of each post this session/ })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '7 days' }));
    expect(screen.getByTestId('posts-reviewed').textContent).toBe('3');
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'Facebook' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Average score per day, last 7 days/ })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '30 days' }));
    expect(screen.getByTestId('posts-reviewed').textContent).toBe('4');
    // The biggest improvement is the session's, whatever the period shown.
    expect(screen.getByTestId('best').textContent).toContain('from 31 to 78');
  });

  it('updates live when the content script records a review', async () => {
    await sessionStartItem.setValue(NOW - 60 * 60 * 1000);
    await statsItem.setValue([record({})]);
    renderPopup();
    await screen.findByText('posts reviewed');
    expect(screen.getByTestId('posts-reviewed').textContent).toBe('1');
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    await act(() => recordReview({ postId: 'new', platform: 'x', score: 55, categories: [] }));
    await vi.waitFor(() => expect(screen.getByTestId('posts-reviewed').textContent).toBe('2'));
  });

  it('pauses and resumes Rapport on the current site', async () => {
    renderPopup();
    const toggle = await screen.findByRole('switch', { name: /Review posts on LinkedIn/ });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    const user = userEvent.setup();
    await user.click(toggle);
    await vi.waitFor(async () => expect((await getSettings()).pausedSites).toEqual(['linkedin']));
    await vi.waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(screen.getByText(/— paused/)).toBeTruthy();
    // Resumed from elsewhere (the options page): the switch follows.
    await act(() => setSitePaused('linkedin', false));
    await vi.waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
  });

  it('says where the switch works when the tab is another site', async () => {
    renderPopup(null);
    expect(
      await screen.findByText(/Rapport works on X, LinkedIn and Facebook; open one to pause it there/),
    ).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('shows a health line for a compose box not recognised in the last 7 days, and nothing otherwise', async () => {
    await healthItem.setValue({ unrecognisedComposer: { linkedin: NOW - DAY, x: NOW - 8 * DAY } });
    renderPopup();
    expect(
      await screen.findByText(
        'LinkedIn: a compose box was not recognised (site changed?) — Rapport stays silent there.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/^X: a compose box/)).toBeNull();
  });

  it('resets statistics only after confirmation', async () => {
    await statsItem.setValue([record({})]);
    renderPopup();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reset statistics…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await statsItem.getValue()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Reset statistics…' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await vi.waitFor(async () => expect(await statsItem.getValue()).toEqual([]));
    expect(await screen.findByRole('heading', { name: 'No posts reviewed yet' })).toBeTruthy();
  });

  it('still renders when what is stored is damaged', async () => {
    await fakeBrowser.storage.local.set({
      stats: 'x',
      settings: { profiles: null },
      settings$: { v: 2 },
      health: 5,
      health$: { v: 1 },
    });
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'No posts reviewed yet' })).toBeTruthy();
    expect(await screen.findByRole('switch', { name: /Review posts on LinkedIn/ })).toBeTruthy();
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    renderPopup();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Brand voice & options' }));
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('currentSite', () => {
  const tabs = (list: { url?: string; active: boolean; lastAccessed?: number }[]) =>
    vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue(list as unknown as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);

  it('is the site of the active tab, from the URL the browser shares for the three sites', async () => {
    tabs([{ url: 'https://www.linkedin.com/feed/', active: true }]);
    expect((await currentSite())?.id).toBe('linkedin');
    tabs([{ url: 'https://x.com/home', active: true }]);
    expect((await currentSite())?.id).toBe('x');
  });

  it('is null for another site, a tab without a visible URL, or plain http', async () => {
    tabs([{ url: 'https://example.com/', active: true }]);
    expect(await currentSite()).toBeNull();
    tabs([{ active: true }]);
    expect(await currentSite()).toBeNull();
    tabs([{ url: 'http://www.facebook.com/', active: true }]);
    expect(await currentSite()).toBeNull();
  });

  it('opened as a page of its own, is the site of the tab used last', async () => {
    tabs([
      { url: fakeBrowser.runtime.getURL('/popup.html'), active: true, lastAccessed: 30 },
      { url: 'https://x.com/home', active: false, lastAccessed: 10 },
      { url: 'https://www.facebook.com/', active: false, lastAccessed: 20 },
    ]);
    expect((await currentSite())?.id).toBe('facebook');
  });
});
