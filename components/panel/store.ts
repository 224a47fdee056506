/**
 * The in-page UI state (one per tab): the review of the focused composer, what the user dismissed,
 * where the badge sits. The content script writes it; the panel renders it.
 */
import { createStore } from 'zustand/vanilla';
import type { Finding, Review, Suggestion } from '../../lib/analysis/types';
import type { ComposerKind } from '../../lib/sites/types';

export interface PanelActions {
  apply(suggestion: Suggestion): Promise<void>;
  copy(suggestion: Suggestion): Promise<void>;
  dismiss(finding: Finding): void;
  mute(rule: string): Promise<void>;
  focusEditor(): void;
  /** Asks for the suggestions of the current review now (the badge is hovered); they come lazily. */
  wantSuggestions(): void;
}

export interface PanelState {
  review: Review | null;
  /** The review's suggestions are on their way (they are built lazily, after the findings). */
  suggesting: boolean;
  /** Post, reply or comment: what the focused composer is. */
  composerKind: ComposerKind;
  siteName: string;
  /** The voice posts are reviewed against, and whether the organisation's policy sets it. */
  voiceName: string;
  voiceSource: 'organisation' | 'personal';
  open: boolean;
  /** Keys (`rule|text`) of findings dismissed for the current post. */
  dismissed: ReadonlySet<string>;
  badge: { top: number; left: number } | null;
  tooltip: { top: number; left: number; message: string } | null;
  /** A short status line ("Applied", "Copied", an error), announced to screen readers. */
  status: string;
  /** A lasting problem to show once (storage unavailable), or ''. */
  notice: string;
  actions: PanelActions;
}

/** The key a finding is dismissed under: stable while the text around it changes. */
export function dismissKey(f: Finding): string {
  return `${f.rule}|${f.actual.toLowerCase()}`;
}

const noop = async () => undefined;

/** Creates the store with inert actions; the content script installs the real ones. */
export function createPanelStore() {
  return createStore<PanelState>(() => ({
    review: null,
    suggesting: false,
    composerKind: 'post',
    siteName: '',
    voiceName: '',
    voiceSource: 'personal',
    open: false,
    dismissed: new Set(),
    badge: null,
    tooltip: null,
    status: '',
    notice: '',
    actions: {
      apply: noop,
      copy: noop,
      dismiss: () => undefined,
      mute: noop,
      focusEditor: () => undefined,
      wantSuggestions: () => undefined,
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
