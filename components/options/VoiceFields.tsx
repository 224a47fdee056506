/**
 * The options page's voice fields: every field of BrandVoice of the profile being edited (name,
 * formality, emoji, hashtags, banned and preferred phrases, protected names, sign-off, regions,
 * strictness). Each change goes through `edit`; saving is the page's.
 */
import { type ReactNode, useEffect, useId, useState } from 'react';
import type { BrandVoice, EmojiPolicy, Formality, Strictness } from '../../lib/analysis/types';

/** Changes the voice being edited. */
export type EditVoice = (change: (v: BrandVoice) => BrandVoice) => void;

export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <fieldset className="radio-group">
      <legend>{props.legend}</legend>
      <div className="segmented">
        {props.options.map((o) => (
          <label key={o.value} className={props.value === o.value ? 'selected' : undefined}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint !== undefined && <p className="hint muted">{hint}</p>}
    </div>
  );
}

const lines = (text: string) => text.split('\n');

export function VoiceFields({ voice, edit }: { voice: BrandVoice; edit: EditVoice }) {
  const group = useId();
  return (
    <div className="fields">
      <Field label="Name">
        {(id) => (
          <input
            id={id}
            type="text"
            maxLength={80}
            value={voice.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              edit((v) => ({ ...v, name }));
            }}
          />
        )}
      </Field>
      <RadioGroup<Formality>
        legend="Formality (formal ↔ casual)"
        name={`${group}-formality`}
        value={voice.formality}
        options={[
          { value: 'formal', label: 'Formal' },
          { value: 'neutral', label: 'Neutral' },
          { value: 'casual', label: 'Casual' },
        ]}
        onChange={(formality) => edit((v) => ({ ...v, formality }))}
      />
      <Field label="Emoji">
        {(id) => (
          <select
            id={id}
            value={voice.emoji}
            onChange={(e) => {
              const emoji = e.currentTarget.value as EmojiPolicy;
              edit((v) => ({ ...v, emoji }));
            }}
          >
            <option value="none">None</option>
            <option value="sparing">Sparing (one or two)</option>
            <option value="free">Free</option>
          </select>
        )}
      </Field>
      <Field label="Hashtags per post" hint="The platform's norm: 1–2 on X, 3–5 on LinkedIn.">
        {(id) => (
          <select
            id={id}
            value={voice.hashtags.max === null ? 'norm' : String(voice.hashtags.max)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              edit((v) => ({ ...v, hashtags: { max: value === 'norm' ? null : Number(value) } }));
            }}
          >
            <option value="norm">The platform's norm</option>
            {[0, 1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
              <option key={n} value={n}>
                {n === 0 ? 'None' : `At most ${n}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BannedPhrases voice={voice} edit={edit} />
      <Field label="Preferred phrases" hint="One per line: wording the brand likes to use.">
        {(id) => (
          <textarea
            id={id}
            rows={3}
            value={voice.preferred.join('\n')}
            onChange={(e) => {
              const preferred = lines(e.currentTarget.value);
              edit((v) => ({ ...v, preferred }));
            }}
          />
        )}
      </Field>
      <Field
        label="Protected names"
        hint="One per line, written as the brand writes them: brand and product names, acronyms (SONIC, GEICO, EBONY Power 100). Never called shouting, never changed in a suggestion."
      >
        {(id) => (
          <textarea
            id={id}
            rows={3}
            value={voice.names.join('\n')}
            placeholder={'e.g. ACME\nAcmeCloud™'}
            onChange={(e) => {
              const names = lines(e.currentTarget.value);
              edit((v) => ({ ...v, names }));
            }}
          />
        )}
      </Field>
      <Field
        label="Sign-off"
        hint="Expected at the end of longer posts, e.g. “— The Acme team”. Empty: none."
      >
        {(id) => (
          <input
            id={id}
            type="text"
            maxLength={200}
            value={voice.signOff}
            onChange={(e) => {
              const signOff = e.currentTarget.value;
              edit((v) => ({ ...v, signOff }));
            }}
          />
        )}
      </Field>
      <RegionsField voice={voice} edit={edit} />
      <RadioGroup<Strictness>
        legend="Strictness"
        name={`${group}-strictness`}
        value={voice.strictness}
        options={[
          { value: 'gentle', label: 'Gentle' },
          { value: 'balanced', label: 'Balanced' },
          { value: 'strict', label: 'Strict' },
        ]}
        onChange={(strictness) => edit((v) => ({ ...v, strictness }))}
      />
    </div>
  );
}

/** Region codes in what the user typed ("us, eu" → ['US', 'EU']). */
function parseRegions(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((r) => r.trim().toUpperCase())
    .filter((r) => /^[A-Z]{2,6}$/.test(r));
}

/** Regions as typed ("US, EU"), kept as typed while editing and stored as codes. */
function RegionsField({ voice, edit }: { voice: BrandVoice; edit: EditVoice }) {
  const joined = voice.regions.join(', ');
  const [text, setText] = useState(joined);
  // Follows the stored value when it changes for another reason (profile switch, import).
  useEffect(() => {
    setText((current) => (parseRegions(current).join(', ') === joined ? current : joined));
  }, [joined]);
  return (
    <Field
      label="Audience regions"
      hint="Codes such as US, UK, EU, IN, separated by commas. One region: its conventions are fine. Several or none: dates, times and prices must read the same everywhere (the global-clarity rules)."
    >
      {(id) => (
        <input
          id={id}
          type="text"
          value={text}
          placeholder="e.g. US, EU, IN"
          onChange={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            const regions = parseRegions(value);
            edit((v) => ({ ...v, regions }));
          }}
        />
      )}
    </Field>
  );
}

function BannedPhrases({ voice, edit }: { voice: BrandVoice; edit: EditVoice }) {
  const setRow = (i: number, row: { phrase: string; replacement: string }) =>
    edit((v) => ({ ...v, banned: v.banned.map((b, j) => (j === i ? row : b)) }));
  return (
    <fieldset className="banned">
      <legend>Banned phrases</legend>
      <p className="hint muted">
        Flagged in every post, with the replacement offered instead (empty: remove it).
      </p>
      {voice.banned.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Phrase</th>
              <th scope="col">Preferred replacement</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {voice.banned.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity
              <tr key={i}>
                <td>
                  <input
                    type="text"
                    aria-label={`Banned phrase ${i + 1}`}
                    maxLength={200}
                    value={b.phrase}
                    onChange={(e) => setRow(i, { ...b, phrase: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Replacement for banned phrase ${i + 1}`}
                    maxLength={200}
                    value={b.replacement}
                    onChange={(e) => setRow(i, { ...b, replacement: e.currentTarget.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove banned phrase ${i + 1}${b.phrase ? ` (${b.phrase})` : ''}`}
                    onClick={() => edit((v) => ({ ...v, banned: v.banned.filter((_, j) => j !== i) }))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button"
        onClick={() => edit((v) => ({ ...v, banned: [...v.banned, { phrase: '', replacement: '' }] }))}
      >
        Add a banned phrase
      </button>
    </fieldset>
  );
}
