/**
 * The side panel: score, dimensions, the conversational version of the post and single edits (each
 * shown as what it changes), findings by category with why.
 */
import { type KeyboardEvent, useId } from 'react';
import { useStore } from 'zustand';
import {
  CATEGORIES,
  type Category,
  type Finding,
  type Review,
  type Suggestion,
} from '../../lib/analysis/types';
import { EditItem, RewriteCard } from './Rewrite';
import { dismissKey, type PanelStore } from './store';

const KIND_LABEL = { post: 'Post', reply: 'Reply', comment: 'Comment' } as const;

export const CATEGORY_LABEL: Record<Category, string> = {
  'hard-sell': 'Hard sell',
  urgency: 'Urgency',
  broadcast: 'Broadcast',
  'engagement-bait': 'Engagement bait',
  global: 'Global clarity',
  voice: 'Brand voice',
};

export const VERDICT_LABEL = { conversational: 'Conversational', mixed: 'Mixed', salesy: 'Salesy' } as const;

/** The colour class of a score. */
export function scoreTone(score: number): 'good' | 'mixed' | 'bad' {
  return score >= 70 ? 'good' : score >= 50 ? 'mixed' : 'bad';
}

function visibleFindings(review: Review, dismissed: ReadonlySet<string>): Finding[] {
  return review.findings.filter((f) => !dismissed.has(dismissKey(f)));
}

export function Panel({ store }: { store: PanelStore }) {
  const {
    review,
    open,
    dismissed,
    status,
    notice,
    actions,
    composerKind,
    siteName,
    voiceName,
    voiceSource,
    suggesting,
  } = useStore(store);
  const titleId = useId();
  if (!open) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      store.setState({ open: false });
      actions.focusEditor();
    }
  };
  const close = () => {
    store.setState({ open: false });
    actions.focusEditor();
  };
  return (
    <aside className="panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header className="panel-header">
        <h2 id={titleId}>Rapport</h2>
        <span className="panel-context">
          {siteName} · {KIND_LABEL[composerKind]}
        </span>
        <button type="button" className="icon-button" aria-label="Close Rapport panel" onClick={close}>
          ×
        </button>
      </header>
      {voiceName !== '' && (
        <p className="panel-voice" data-testid="panel-voice">
          Reviewed against “{voiceName}”{voiceSource === 'organisation' ? ', set by your organisation' : ''}
        </p>
      )}
      {notice !== '' && (
        <p className="notice" role="alert">
          {notice}
          <button
            type="button"
            className="link-button"
            onClick={() => store.setState({ notice: '' })}
            aria-label="Dismiss this notice"
          >
            OK
          </button>
        </p>
      )}
      {review === null ? (
        <p className="empty">Start writing in a compose box and Rapport reviews it as you go.</p>
      ) : (
        <Body review={review} dismissed={dismissed} store={store} suggesting={suggesting} />
      )}
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </aside>
  );
}

function Body({
  review,
  dismissed,
  store,
  suggesting = false,
}: {
  review: Review;
  dismissed: ReadonlySet<string>;
  store: PanelStore;
  suggesting?: boolean;
}) {
  const findings = visibleFindings(review, dismissed);
  const visibleIds = new Set(findings.map((f) => f.id));
  const suggestions = review.suggestions.filter((s) => s.findingIds.some((id) => visibleIds.has(id)));
  const { stats } = review;
  if (!review.analysed) {
    return (
      <p className="empty">
        {review.language === 'und'
          ? 'Start writing and Rapport reviews your post as you go.'
          : `This post looks like it is not in English (${review.language}). Rapport only reviews English for now, so nothing is flagged.`}
      </p>
    );
  }
  return (
    <div className="panel-body">
      <section className="summary" aria-label="Score">
        <div className={`score score-${scoreTone(review.score)}`}>
          <span className="score-value">{review.score}</span>
          <span className="score-verdict">{VERDICT_LABEL[review.verdict]}</span>
        </div>
        <ul className="dimensions">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <span className="dimension-label">{CATEGORY_LABEL[c]}</span>
              <span className="bar" aria-hidden="true">
                <span
                  className={`bar-fill tone-${scoreTone(review.dimensions[c])}`}
                  style={{ width: `${review.dimensions[c]}%` }}
                />
              </span>
              <span className="dimension-value">{review.dimensions[c]}</span>
            </li>
          ))}
        </ul>
        <p className={`length${stats.overLimit ? ' over' : ''}`}>
          {stats.length.toLocaleString('en')} / {stats.limit.toLocaleString('en')} characters ·{' '}
          {stats.questions} {stats.questions === 1 ? 'question' : 'questions'} · you/we{' '}
          {Math.round(stats.youWeRatio * 100)}%{review.truncated ? ' · first 10,000 characters reviewed' : ''}
        </p>
      </section>
      {suggesting && suggestions.length === 0 && findings.length > 0 && (
        <p className="empty suggesting" data-testid="suggesting" aria-busy="true">
          Writing the conversational version…
        </p>
      )}
      {suggestions.length > 0 && (
        <section aria-label="Suggestions">
          <h3>Suggestions</h3>
          <ul className="suggestions">
            {suggestions.map((s) =>
              s.scope === 'post' ? (
                <RewriteCard key={`${s.id}:${s.preview}`} suggestion={s} store={store} />
              ) : (
                <EditItem key={s.id} suggestion={s} store={store} />
              ),
            )}
          </ul>
        </section>
      )}
      {findings.length === 0 ? (
        <p className="empty good">Nothing to flag: this reads like a conversation.</p>
      ) : (
        CATEGORIES.filter((c) => findings.some((f) => f.category === c)).map((c) => (
          <section key={c} className={`category cat-${c}`} aria-label={CATEGORY_LABEL[c]}>
            <h3>
              <span className={`dot cat-${c}`} aria-hidden="true" />
              {CATEGORY_LABEL[c]}
            </h3>
            <ul className="findings">
              {findings
                .filter((f) => f.category === c)
                .map((f) => (
                  <FindingItem key={f.id} finding={f} store={store} />
                ))}
            </ul>
          </section>
        ))
      )}
      {review.signals.length > 0 && (
        <section aria-label="Doing well" className="signals">
          <h3>Doing well</h3>
          <ul>
            {[...new Set(review.signals.map((s) => s.message))].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function FindingItem({ finding, store }: { finding: Finding; store: PanelStore }) {
  const { actions } = store.getState();
  return (
    <li className={`finding severity-${finding.severity}`}>
      <p className="finding-text">
        <q>{finding.actual.length > 80 ? `${finding.actual.slice(0, 80)}…` : finding.actual}</q> —{' '}
        {finding.message}
      </p>
      <p className="why">{finding.why}</p>
      <div className="actions">
        <button
          type="button"
          className="link-button"
          aria-label={`Dismiss “${finding.actual}” for this post`}
          onClick={() => actions.dismiss(finding)}
        >
          Dismiss
        </button>
        <button
          type="button"
          className="link-button"
          aria-label={`Mute the rule ${finding.rule}`}
          onClick={() => actions.mute(finding.rule)}
        >
          Mute rule
        </button>
      </div>
    </li>
  );
}

export type { Suggestion };
