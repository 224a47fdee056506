/**
 * What a suggestion changes, shown rather than described: the conversational version of the whole
 * post as a word-level diff against the current text (with its alternative closing questions), and
 * each single edit as its changed phrase in a few words of context. The diff comes from the engine;
 * this only renders it (React elements, never HTML strings). Removed and added words carry
 * screen-reader text, since <del> and <ins> are not announced by most screen readers.
 */
import { useId, useState } from 'react';
import { changesInContext } from '../../lib/analysis/rewrite/diff';
import type { Change, PostType, Suggestion } from '../../lib/analysis/types';
import type { PanelStore } from './store';

/** What the post is, with its article ("for a launch", "for an event"). */
const POST_TYPE_LABEL: Record<PostType, string> = {
  launch: 'a launch',
  sale: 'a sale or offer',
  event: 'an event',
  hiring: 'a hiring post',
  giveaway: 'a giveaway',
  milestone: 'a milestone or award',
  'lead-magnet': 'a lead magnet',
  partnership: 'a partnership',
  care: 'a customer reply',
  general: 'a post',
};

/** A diff as inline text: removed words struck through, added words marked. */
export function Diff({ changes, className }: { changes: readonly Change[]; className?: string }) {
  return (
    <p className={`diff${className === undefined ? '' : ` ${className}`}`}>
      {changes.map((c, i) =>
        c.type === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs never reorder
          <span key={i}>{c.text}</span>
        ) : c.type === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs never reorder
          <del key={i}>
            <span className="sr-only">[removed: </span>
            {c.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs never reorder
          <ins key={i}>
            <span className="sr-only">[added: </span>
            {c.text}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}

interface Version {
  label: string;
  edit: Suggestion['edit'];
  preview: string;
  changes: Change[];
}

/** The conversational version of the whole post, with its alternatives, Apply and Copy. */
export function RewriteCard({ suggestion, store }: { suggestion: Suggestion; store: PanelStore }) {
  const { actions } = store.getState();
  const groupId = useId();
  const versions: Version[] = [
    {
      label: closing(suggestion) ?? 'Suggested version',
      edit: suggestion.edit,
      preview: suggestion.preview,
      changes: suggestion.changes,
    },
    ...(suggestion.alternatives ?? []).map((a) => ({ ...a, label: a.label.replace(/^End with /, '') })),
  ];
  const [chosen, setChosen] = useState(0);
  const version = versions[Math.min(chosen, versions.length - 1)];
  const applied: Suggestion = {
    ...suggestion,
    edit: version.edit,
    preview: version.preview,
    changes: version.changes,
  };
  return (
    <li className="suggestion rewrite">
      <p className="suggestion-label">
        {suggestion.label}
        {suggestion.postType !== undefined && suggestion.postType !== 'general' && (
          <span className="rewrite-kind"> · for {POST_TYPE_LABEL[suggestion.postType]}</span>
        )}
        {suggestion.score !== undefined && (
          <span className="rewrite-score"> · scores {suggestion.score}</span>
        )}
      </p>
      <Diff changes={version.changes} className="preview" />
      <p className="why">{suggestion.explanation}</p>
      {suggestion.removes.length > 0 && (
        <p className="why removes">Removes: {suggestion.removes.join(', ')}</p>
      )}
      {versions.length > 1 && (
        <fieldset className="alternatives">
          <legend id={groupId}>Version</legend>
          {versions.map((v, i) => (
            <label key={v.preview}>
              <input type="radio" name={groupId} checked={i === chosen} onChange={() => setChosen(i)} />{' '}
              {v.label}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => actions.apply(applied)}
          aria-label={`Apply the conversational version (${version.label})`}
        >
          Apply
        </button>
        <button
          type="button"
          onClick={() => actions.copy(applied)}
          aria-label={`Copy the conversational version (${version.label})`}
        >
          Copy
        </button>
      </div>
    </li>
  );
}

function closing(s: Suggestion): string | null {
  const asked = /It asks: “(.+)”$/.exec(s.explanation);
  return asked === null ? null : asked[1];
}

/** One local change, compact: its label and the changed phrase in context. */
export function EditItem({ suggestion, store }: { suggestion: Suggestion; store: PanelStore }) {
  const { actions } = store.getState();
  return (
    <li className="suggestion edit">
      <p className="suggestion-label">{suggestion.label}</p>
      <Diff changes={changesInContext(suggestion.changes, 5)} className="in-context" />
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => actions.apply(suggestion)}
          aria-label={`Apply: ${suggestion.label}`}
        >
          Apply
        </button>
        <button
          type="button"
          onClick={() => actions.copy(suggestion)}
          aria-label={`Copy the post with: ${suggestion.label}`}
        >
          Copy
        </button>
      </div>
    </li>
  );
}
