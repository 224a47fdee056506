/** The arithmetic of `npm run eval:real`: seeded sampling, neighbours in time, AUC. No engine code. */

/** A small seeded generator (mulberry32): the same seed draws the same sample on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` items drawn without replacement, in a seeded order. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rnd = seeded(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * For posts sorted by time, the median value of each post's `k` nearest neighbours in time
 * (excluding itself): the page's norm around that date.
 */
export function neighbourMedians(times: readonly number[], values: readonly number[], k = 50): number[] {
  const out: number[] = [];
  for (let i = 0; i < times.length; i++) {
    let lo = i - 1;
    let hi = i + 1;
    const picked: number[] = [];
    while (picked.length < k && (lo >= 0 || hi < times.length)) {
      const dl = lo >= 0 ? times[i] - times[lo] : Number.POSITIVE_INFINITY;
      const dh = hi < times.length ? times[hi] - times[i] : Number.POSITIVE_INFINITY;
      if (dl <= dh) picked.push(values[lo--]);
      else picked.push(values[hi++]);
    }
    out.push(median(picked));
  }
  return out;
}

/** Area under the ROC curve of `scores` for `positive` (Mann–Whitney; ties count ½). NaN without both classes. */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  const idx = scores.map((s, i) => ({ s, p: positive[i] })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j < idx.length && idx[j].s === idx[i].s) j++;
    const mid = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (idx[k].p) {
        rankSum += mid;
        nPos++;
      }
    i = j;
  }
  const nNeg = idx.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Mean of per-group values weighted by their counts (NaN groups left out). */
export function weightedMean(groups: readonly { value: number; n: number }[]): number {
  let sum = 0;
  let n = 0;
  for (const g of groups) {
    if (Number.isNaN(g.value)) continue;
    sum += g.value * g.n;
    n += g.n;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Contests, giveaways, sweepstakes and "comment to win": bait by today's platform rules. */
export function isContest(text: string): boolean {
  return /\b(?:contest|giveaway|give away|sweepstakes?|win|winners?|prizes?|enter to|chance to|caption this|fill in the blank)\b/i.test(
    text,
  );
}
