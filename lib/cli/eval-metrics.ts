/** The evaluation's arithmetic, apart from the CLI so tests can import it without running it. */

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Precision, recall, F1 and false-alarm rate (FP / all negatives). */
export function metrics(c: Confusion) {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falseAlarm = c.fp + c.tn === 0 ? 0 : c.fp / (c.fp + c.tn);
  return { precision, recall, f1, falseAlarm };
}

export type Split = 'tune' | 'holdout';

/** Share of each labelled file kept aside for measuring (never looked at while tuning). */
export const HOLDOUT_SHARE = 0.3;

/**
 * The split a labelled text belongs to: a deterministic FNV-1a hash of the text, so a row stays
 * in the same part whatever file it sits in and however the file is ordered.
 */
export function splitOf(text: string): Split {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 1000 < HOLDOUT_SHARE * 1000 ? 'holdout' : 'tune';
}
