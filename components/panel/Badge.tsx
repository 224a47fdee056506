/** The score badge at the composer's corner; a click (or Enter) opens the panel. */
import { useStore } from 'zustand';
import { scoreTone, VERDICT_LABEL } from './Panel';
import type { PanelStore } from './store';

export function Badge({ store }: { store: PanelStore }) {
  const { review, badge, open, actions } = useStore(store);
  if (badge === null || review === null) return null;
  const label = review.analysed
    ? `Rapport score ${review.score}, ${VERDICT_LABEL[review.verdict]}. ${open ? 'Hide' : 'Show'} the Rapport panel`
    : `Rapport: not reviewed. ${open ? 'Hide' : 'Show'} the Rapport panel`;
  return (
    <button
      type="button"
      className={`badge tone-${review.analysed ? scoreTone(review.score) : 'none'}`}
      style={{ top: badge.top, left: badge.left }}
      aria-label={label}
      aria-expanded={open}
      // Keep the editor's focus and caret: the badge must not take focus on mouse down.
      onMouseDown={(e) => e.preventDefault()}
      // The writer may open the panel: its suggestions are asked for now if idle time has not yet.
      onMouseEnter={() => actions.wantSuggestions()}
      onFocus={() => actions.wantSuggestions()}
      onClick={() => store.setState({ open: !open })}
    >
      {review.analysed ? review.score : '–'}
    </button>
  );
}

/** The message of the highlight under the mouse or the caret. */
export function Tooltip({ store }: { store: PanelStore }) {
  const tooltip = useStore(store, (s) => s.tooltip);
  if (tooltip === null) return null;
  return (
    <div className="tooltip" role="tooltip" style={{ top: tooltip.top, left: tooltip.left }}>
      {tooltip.message}
    </div>
  );
}
