/**
 * The popup: "how am I doing?" — posts reviewed, score at first review vs when sent or left,
 * suggestions applied, findings by category and per platform, for this session and the last 7 and
 * 30 days; a chart of the score; the session's biggest improvement; pause on this site; reset.
 */
import { useEffect, useId, useState } from 'react';
import { browser } from '#imports';
import { CATEGORIES, type Platform } from '../../lib/analysis/types';
import type { Site } from '../../lib/sites/detect';
import { recentHealthProblems } from '../../lib/store/health';
import { setSitePaused } from '../../lib/store/settings';
import {
  biggestImprovement,
  type Period,
  periodStart,
  resetStats,
  scoreSeries,
  summarise,
} from '../../lib/store/stats';
import { healthStore, sessionStartStore, settingsStore, statsStore } from '../../lib/store/stores';
import { CATEGORY_LABEL, PLATFORM_LABEL, PRIVACY_NOTE, SITE_LABEL, scoreTone } from '../shared/labels';
import { useSynced } from '../shared/useSynced';
import { currentSite } from './currentSite';
import { ScoreChart } from './ScoreChart';

const PERIODS: { id: Period; label: string; chart: string; from: string; to: string }[] = [
  {
    id: 'session',
    label: 'This session',
    chart: 'Score of each post this session',
    from: 'first',
    to: 'latest',
  },
  { id: '7d', label: '7 days', chart: 'Average score per day, last 7 days', from: '7 days ago', to: 'today' },
  {
    id: '30d',
    label: '30 days',
    chart: 'Average score per day, last 30 days',
    from: '30 days ago',
    to: 'today',
  },
];

export interface PopupProps {
  /** The site of the tab the popup belongs to (injectable for tests). */
  getSite?: () => Promise<Site | null>;
  now?: () => number;
}

export function Popup({ getSite = currentSite, now = Date.now }: PopupProps) {
  const stats = useSynced(statsStore);
  const sessionStart = useSynced(sessionStartStore);
  const settings = useSynced(settingsStore);
  const health = useSynced(healthStore);
  const [period, setPeriod] = useState<Period>('session');
  const [site, setSite] = useState<Site | null | undefined>(undefined);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState('');
  const switchId = useId();

  useEffect(() => {
    let live = true;
    getSite().then(
      (s) => live && setSite(s),
      () => live && setSite(null),
    );
    return () => {
      live = false;
    };
  }, [getSite]);

  const at = now();
  const since = periodStart(period, at, sessionStart.value);
  const summary = summarise(stats.value, since);
  const points = scoreSeries(stats.value, period, since, at);
  const best = biggestImprovement(stats.value, periodStart('session', at, sessionStart.value));
  const problems = recentHealthProblems(health.value, at);
  const periodInfo = PERIODS.find((p) => p.id === period) ?? PERIODS[0];
  const firstUse = stats.ready && stats.value.length === 0;
  const paused = site != null && settings.value.pausedSites.includes(site.id);

  const onReset = async () => {
    await resetStats();
    setConfirmReset(false);
    setStatus('Statistics reset.');
  };

  return (
    <main className="popup" aria-busy={!stats.ready}>
      <header className="popup-header">
        <h1>Rapport</h1>
        <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Brand voice &amp; options
        </button>
      </header>

      {problems.map((id) => (
        <p key={id} className="health" role="status">
          {SITE_LABEL[id]}: a compose box was not recognised (site changed?) — Rapport stays silent there.
        </p>
      ))}

      <SiteSwitch
        site={site}
        paused={paused}
        id={switchId}
        managed={settings.value.policy.sites !== null}
        onChange={(on) => void setSitePaused(site?.id ?? '', !on)}
      />

      {firstUse ? (
        <section className="empty" aria-labelledby="empty-title">
          <h2 id="empty-title">No posts reviewed yet</h2>
          <p>
            Open X, LinkedIn or Facebook and start writing a post. Rapport reviews it as you type, right in
            the compose box: a score badge, highlights, and conversational rewrites you apply in one click.
          </p>
          <p>Your progress shows up here: posts reviewed, how much the score improves, what gets flagged.</p>
        </section>
      ) : (
        <>
          <fieldset className="periods">
            <legend className="sr-only">Period</legend>
            {PERIODS.map((p) => (
              <label key={p.id} className={period === p.id ? 'period selected' : 'period'}>
                <input
                  type="radio"
                  name="period"
                  value={p.id}
                  checked={period === p.id}
                  onChange={() => setPeriod(p.id)}
                />
                {p.label}
              </label>
            ))}
          </fieldset>

          <section className="tiles" aria-label={`${periodInfo.label}: summary`}>
            <div className="tile">
              <span className="tile-value" data-testid="posts-reviewed">
                {summary.posts}
              </span>
              <span className="tile-label">posts reviewed</span>
            </div>
            <div className="tile">
              <span className="tile-value" data-testid="score-change">
                <Score value={summary.first} /> <span aria-hidden="true">→</span>
                <span className="sr-only">then</span> <Score value={summary.last} />
              </span>
              <span className="tile-label">score at first review → when sent</span>
            </div>
            <div className="tile">
              <span className="tile-value" data-testid="applied">
                {summary.applied}
              </span>
              <span className="tile-label">suggestions applied</span>
            </div>
          </section>

          {best !== null && (
            <p className="best" data-testid="best">
              Biggest improvement this session: from <Score value={best.firstScore} /> to{' '}
              <Score value={best.lastScore} /> on {PLATFORM_LABEL[best.platform]}.
            </p>
          )}

          {summary.posts > 0 ? (
            <>
              <ScoreChart
                points={points}
                label={periodInfo.chart}
                from={periodInfo.from}
                to={periodInfo.to}
              />
              <div className="columns">
                <section aria-labelledby="platforms-title">
                  <h2 id="platforms-title">Per platform</h2>
                  <table className="platforms">
                    <thead>
                      <tr>
                        <th scope="col">Platform</th>
                        <th scope="col">Posts</th>
                        <th scope="col">Score</th>
                      </tr>
                    </thead>
                    <tbody>
                      {(Object.keys(summary.platforms) as Platform[]).map((p) => {
                        const s = summary.platforms[p]!;
                        return (
                          <tr key={p}>
                            <th scope="row">{PLATFORM_LABEL[p]}</th>
                            <td>{s.posts}</td>
                            <td>
                              <Score value={s.first} /> → <Score value={s.last} />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </section>
                <CategoryList categories={summary.categories} />
              </div>
            </>
          ) : (
            <p className="muted period-empty">No posts reviewed in this period.</p>
          )}
        </>
      )}

      <footer className="popup-footer">
        <p className="privacy muted">{PRIVACY_NOTE}</p>
        {!firstUse &&
          (confirmReset ? (
            <div className="confirm">
              <span>Delete all counts and scores?</span>
              <button type="button" className="button danger" onClick={() => void onReset()}>
                Delete
              </button>
              <button type="button" className="button" onClick={() => setConfirmReset(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmReset(true)}>
              Reset statistics…
            </button>
          ))}
        <p className="sr-only" role="status">
          {status}
        </p>
      </footer>
    </main>
  );
}

function Score({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  return <span className={`score tone-${scoreTone(value)}`}>{value}</span>;
}

function SiteSwitch({
  site,
  paused,
  id,
  managed,
  onChange,
}: {
  site: Site | null | undefined;
  paused: boolean;
  id: string;
  /** The organisation's policy decides the sites: shown, not switched. */
  managed: boolean;
  onChange(on: boolean): void;
}) {
  if (site === undefined) return <div className="site-switch placeholder" />;
  if (site === null)
    return (
      <p className="site-switch muted">
        Rapport works on X, LinkedIn and Facebook; open one to pause it there.
      </p>
    );
  return (
    <div className="site-switch">
      <label htmlFor={id}>
        Review posts on {SITE_LABEL[site.id]}
        <span className="muted">
          {' '}
          {paused ? '— paused' : ''}
          {managed ? ' (set by your organisation)' : ''}
        </span>
      </label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-checked={!paused}
        className="switch"
        checked={!paused}
        disabled={managed}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    </div>
  );
}

function CategoryList({ categories }: { categories: Record<string, number> }) {
  const max = Math.max(1, ...CATEGORIES.map((c) => categories[c] ?? 0));
  const total = CATEGORIES.reduce((sum, c) => sum + (categories[c] ?? 0), 0);
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">Findings by category</h2>
      {total === 0 ? (
        <p className="muted">Nothing flagged when sent. Well done.</p>
      ) : (
        <ul className="categories">
          {CATEGORIES.filter((c) => (categories[c] ?? 0) > 0).map((c) => (
            <li key={c}>
              <span className="category-name">{CATEGORY_LABEL[c]}</span>
              <span className="category-bar" aria-hidden="true">
                <span style={{ width: `${(100 * categories[c]) / max}%`, background: `var(--cat-${c})` }} />
              </span>
              <span className="category-count">{categories[c]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
