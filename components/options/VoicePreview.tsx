/** The live preview: a sample post reviewed with the voice being edited, as the settings change. */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { review } from '../../lib/analysis/index';
import type { BrandVoice, Platform } from '../../lib/analysis/types';
import { CATEGORY_LABEL, PLATFORM_LABEL, scoreTone } from '../shared/labels';

export const SAMPLE_POST =
  'We are excited to announce our new analytics dashboard! Buy now and get 20% off, today only!!! ' +
  'The webinar is on 3/4 at 3pm. Link in bio. #analytics #data #saas #growth #ai #dashboards';

const PLATFORMS: Platform[] = ['linkedin', 'x', 'facebook'];

export function VoicePreview({ voice }: { voice: BrandVoice }) {
  const [text, setText] = useState(SAMPLE_POST);
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const textId = useId();
  const platformId = useId();
  // Typing in the sample stays responsive; the review catches up a frame later.
  const deferredText = useDeferredValue(text);
  const result = useMemo(() => review(deferredText, { platform, voice }), [deferredText, platform, voice]);
  return (
    <div className="preview">
      <div className="preview-input">
        <label htmlFor={textId}>Sample post</label>
        <textarea id={textId} rows={5} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <div className="row">
          <label htmlFor={platformId}>Reviewed as a post on</label>
          <select
            id={platformId}
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value as Platform)}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABEL[p]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <section className="preview-result" aria-label="Review of the sample post" data-testid="preview">
        <p className="sr-only" aria-live="polite">
          {`Sample post: score ${result.score}, ${result.findings.length} findings.`}
        </p>
        <span className={`preview-score tone-${scoreTone(result.score)}`}>
          {result.analysed || text.trim() === '' ? result.score : '–'}
        </span>
        <span className="muted"> / 100 with this voice</span>
        {!result.analysed && text.trim() !== '' && (
          <p className="muted">Not analysed: the sample is not English.</p>
        )}
        {result.findings.length === 0 ? (
          <p className="muted">Nothing flagged.</p>
        ) : (
          <ul className="preview-findings">
            {result.findings.map((f) => (
              <li key={f.id} data-rule={f.rule}>
                <span className={`chip cat-${f.category}`}>{CATEGORY_LABEL[f.category]}</span>{' '}
                <q>{f.actual.length > 40 ? `${f.actual.slice(0, 40)}…` : f.actual}</q> — {f.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
