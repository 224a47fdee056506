// @vitest-environment happy-dom
/**
 * The panel's suggestions with Testing Library: the conversational version first as a diff with
 * Apply, Copy and its alternatives; single edits below as their changed phrase in context.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../components/panel/Panel';
import { createPanelStore } from '../../components/panel/store';
import { review } from '../../lib/analysis/index';
import type { Suggestion } from '../../lib/analysis/types';

const POST =
  'HAPPY HOUR ALERT 🍹 All cocktails half price from 5-7pm every weekday!!! Come down today and bring your friends!';

function setup(text = POST) {
  const store = createPanelStore();
  const apply = vi.fn(async (_s: Suggestion) => undefined);
  const copy = vi.fn(async (_s: Suggestion) => undefined);
  const r = review(text, { platform: 'facebook' });
  store.setState({
    review: r,
    open: true,
    siteName: 'Facebook',
    actions: { ...store.getState().actions, apply, copy },
  });
  render(<Panel store={store} />);
  return { store, apply, copy, review: r };
}

afterEach(cleanup);

describe('panel suggestions', () => {
  it('shows the conversational version first, as a diff of removed and added words', () => {
    const { review: r } = setup();
    const list = screen.getByRole('region', { name: 'Suggestions' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Conversational version');
    const removed = items[0].querySelectorAll('del');
    const added = items[0].querySelectorAll('ins');
    expect([...removed].map((d) => d.textContent)).toContain('[removed: HAPPY HOUR ALERT]');
    expect([...added].some((a) => a.textContent?.includes('Happy hour'))).toBe(true);
    expect(r.suggestions[0].scope).toBe('post');
  });

  it('applies and copies the version the user picked among the alternatives, by keyboard', async () => {
    const user = userEvent.setup();
    const { apply, copy, review: r } = setup();
    const main = r.suggestions[0];
    const alternative = main.alternatives?.[0];
    expect(alternative).toBeDefined();
    const card = within(screen.getByRole('region', { name: 'Suggestions' })).getAllByRole('listitem')[0];
    const radios = within(card).getAllByRole('radio');
    expect(radios.length).toBe(1 + (main.alternatives?.length ?? 0));
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    await user.click(within(card).getByRole('button', { name: /^Apply the conversational version/ }));
    expect(apply.mock.calls[0][0].preview).toBe(main.preview);
    radios[1].focus();
    await user.keyboard(' ');
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    await user.click(within(card).getByRole('button', { name: /^Copy the conversational version/ }));
    expect(copy.mock.calls[0][0].preview).toBe(alternative?.preview);
    expect(copy.mock.calls[0][0].edit).toEqual(alternative?.edit);
  });

  it('shows a single edit as its changed phrase in context, not the whole post', () => {
    const text = `${'We spent the winter rebuilding our kitchen, testing every dish twice and training two new cooks. '.repeat(2)}The new menu starts on Friday!!! What should we add next?`;
    const { review: r } = setup(text);
    const edit = r.suggestions.find((s) => s.scope === 'edit');
    expect(edit).toBeDefined();
    const item = screen.getByText(edit!.label).closest('li')!;
    const shown = item.querySelector('.diff')!.textContent!;
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(text.length / 2);
    expect(within(item).getByRole('button', { name: `Apply: ${edit!.label}` })).toBeTruthy();
  });
});

describe('what the conversational version is for', () => {
  it('names the kind of post with its article ("for a sale or offer", never "for a offer")', () => {
    const { review: r } = setup();
    expect(r.suggestions[0].postType).toBe('sale');
    const first = within(screen.getByRole('region', { name: 'Suggestions' })).getAllByRole('listitem')[0];
    expect(first.textContent).toContain('for a sale or offer');
  });
});
