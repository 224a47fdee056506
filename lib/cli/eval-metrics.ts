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
