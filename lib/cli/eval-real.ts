/**
 * `npm run eval:real -- [--split tune|holdout|all] [--sample N] [--verbose] [--no-harper] [--no-cache] [--labels FILE] [FILE]`:
 * Rapport on real brand posts (default: ../shared/data/dev/real-brand-posts.jsonl).
 *
 * 1. the verdict per page, and a seeded sample of posts called salesy with their top findings;
 * 2. every conversational version (and its alternatives) checked mechanically for the defects of
 *    issue 17 (eval-real-checks.ts, written apart from the engine's guard);
 * 3. the outcome check: within-page AUC of the score for "more comments per like than the page's
 *    50 neighbours in time", against "contains a question mark";
 * 4. false alarms on the hand-labelled sample (test/data/real-labels.jsonl), per split.
 */
import { resolve } from 'node:path';
import { type Split, splitOf } from './eval-metrics';
import { type CompactReview, ReviewCache } from './eval-real-cache';
import { checkVersion, REAL_DEFECT_KINDS, type RealDefect, sentences } from './eval-real-checks';
import { auc, isContest, neighbourMedians, sample, weightedMean } from './eval-real-metrics';
import { parseArgs, readInput, runCli, UsageError } from './io';
import { harperLinter, type Linter } from './rewrite-quality';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_FILE = resolve(ROOT, '../shared/data/dev/real-brand-posts.jsonl');
const DEFAULT_LABELS = resolve(ROOT, 'test/data/real-labels.jsonl');
const SEED = 17;

interface Post {
  text: string;
  page: string;
  date: string;
  time: number;
  likes: number;
  comments: number;
  split: Split;
}

interface Label {
  text: string;
  page: string;
  date: string;
  label: 'promo' | 'conversational';
  split: Split;
  note?: string;
}

function readJsonl(file: string): Record<string, unknown>[] {
  return readInput(file)
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        throw new UsageError(`${file}:${i + 1}: invalid JSON`);
      }
    });
}

function readPosts(file: string): Post[] {
  return readJsonl(file).map((r, i) => {
    if (typeof r.text !== 'string') throw new UsageError(`${file}:${i + 1}: expected {"text": string, …}`);
    const date = typeof r.date === 'string' ? r.date : '';
    return {
      text: r.text,
      page: typeof r.page === 'string' ? r.page : '(no page)',
      date,
      time: Date.parse(date.replace(' ', 'T')) || i,
      likes: Number(r.likes) || 0,
      comments: Number(r.comments) || 0,
      split: splitOf(r.text),
    };
  });
}

function readLabels(file: string): Label[] {
  return readJsonl(file).map((r, i) => {
    if (typeof r.text !== 'string' || (r.label !== 'promo' && r.label !== 'conversational'))
      throw new UsageError(`${file}:${i + 1}: expected {"text", "label": "promo"|"conversational", …}`);
    return {
      text: r.text,
      page: String(r.page ?? ''),
      date: String(r.date ?? ''),
      label: r.label,
      split: r.split === 'holdout' || r.split === 'tune' ? r.split : splitOf(r.text),
      note: typeof r.note === 'string' ? r.note : undefined,
    };
  });
}

const pct = (n: number, d: number, digits = 1) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(digits)}%`);
const clip = (s: string, n = 160) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** harper.js lints in the sentences the version changed that the original did not have. */
type Lint = Awaited<ReturnType<Linter['lint']>>[number];
const key = (l: Lint) => `${l.lint_kind()}: ${l.get_problem_text()} (${l.message()})`;
let lastOriginal: { text: string; keys: string[] } | undefined;

async function harperDefects(linter: Linter, original: string, version: string): Promise<RealDefect[]> {
  const origSentences = new Set(sentences(original).map((s) => s.text));
  const changed = sentences(version).filter((s) => !origSentences.has(s.text));
  if (changed.length === 0) return [];
  // The versions of a post come one after another: lint the original once.
  if (lastOriginal?.text !== original)
    lastOriginal = { text: original, keys: (await linter.lint(original)).map(key) };
  const had = new Map<string, number>();
  for (const k of lastOriginal.keys) had.set(k, (had.get(k) ?? 0) + 1);
  const bare = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = new Set(bare(original.replace(/['’]/g, '')));
  const out: RealDefect[] = [];
  for (const l of await linter.lint(version)) {
    const k = key(l);
    const n = had.get(k) ?? 0;
    if (n > 0) {
      had.set(k, n - 1);
      continue;
    }
    const { start, end } = l.span();
    if (!changed.some((s) => start < s.start + s.text.length && end > s.start)) continue;
    const kind = l.lint_kind();
    if (kind === 'Readability' || kind === 'Style' || kind === 'Enhancement') continue;
    // Words of the post repeated (a name, a compound, its own spelling or quotes) are not new errors.
    if (
      ['Spelling', 'Typo', 'Capitalization', 'WordChoice', 'Formatting'].includes(kind) &&
      bare(l.get_problem_text().replace(/['’]/g, '')).every((w) => words.has(w))
    )
      continue;
    out.push({ kind: 'harper', detail: k });
  }
  return out;
}

interface Reviewed {
  post: Post;
  review: CompactReview;
}

async function main(): Promise<void> {
  const started = Date.now();
  const { flags, positional } = parseArgs(process.argv.slice(2), ['verbose', 'no-harper', 'no-cache']);
  const split = (flags.get('split') ?? 'all') as string;
  if (!['tune', 'holdout', 'all'].includes(split))
    throw new UsageError('--split must be tune, holdout or all');
  const sampleSize = flags.has('sample') ? Number(flags.get('sample')) : 10;
  if (!Number.isInteger(sampleSize) || sampleSize < 0)
    throw new UsageError('--sample must be a whole number');
  const verbose = flags.has('verbose');
  const file = positional[0] ?? DEFAULT_FILE;
  const labelsFile =
    typeof flags.get('labels') === 'string' ? (flags.get('labels') as string) : DEFAULT_LABELS;

  const posts = readPosts(file).filter((p) => split === 'all' || p.split === split);
  const t0 = Date.now();
  const cache = new ReviewCache(!flags.has('no-cache'));
  const reviewed: Reviewed[] = posts.map((post) => ({ post, review: cache.review(post.text) }));
  const reviewMs = Date.now() - t0;
  console.log(
    `\n${file} (split: ${split}): ${posts.length} posts, reviewed in ${(reviewMs / 1000).toFixed(1)} s (${cache.misses} reviewed, ${cache.hits} from the cache of this engine)`,
  );

  // 1. Verdicts per page.
  const pages = [...new Set(posts.map((p) => p.page))].sort();
  console.log('\n1. Verdicts per page');
  console.log(
    `  ${'page'.padEnd(18)} ${'posts'.padStart(6)}  ${'conversational'.padStart(15)} ${'mixed'.padStart(13)} ${'salesy'.padStart(13)}`,
  );
  for (const page of [...pages, 'all']) {
    const rs = reviewed.filter((r) => page === 'all' || r.post.page === page);
    const n = (v: string) => rs.filter((r) => r.review.verdict === v).length;
    const cell = (v: string) =>
      `${n(v)} (${pct(n(v), rs.length, 0)})`.padStart(v === 'conversational' ? 15 : 13);
    console.log(
      `  ${page.padEnd(18)} ${String(rs.length).padStart(6)}  ${cell('conversational')} ${cell('mixed')} ${cell('salesy')}`,
    );
  }
  const salesy = reviewed.filter((r) => r.review.verdict === 'salesy');
  console.log(
    `\n  sample of posts called salesy (seed ${SEED}, ${Math.min(sampleSize, salesy.length)} of ${salesy.length}):`,
  );
  for (const r of sample(salesy, sampleSize, SEED)) {
    console.log(
      `  [${r.review.score}] ${r.post.page} ${r.post.date}: ${JSON.stringify(clip(r.post.text, 220))}`,
    );
    const top = [...r.review.findings]
      .sort((a, b) => (b.severity === 'strong' ? 1 : 0) - (a.severity === 'strong' ? 1 : 0))
      .slice(0, 3);
    for (const f of top) console.log(`      ${f.rule} (${f.severity}): "${clip(f.actual, 60)}"`);
  }

  // 2. Conversational versions.
  const linter = flags.has('no-harper') ? undefined : await harperLinter();
  const t1 = Date.now();
  let versions = 0;
  let withDefect = 0;
  let postsWithVersion = 0;
  let postsWithDefect = 0;
  const byKind = new Map<string, number>();
  const examples = new Map<string, string[]>();
  const shapes = new Map<string, number>();
  let namesChanged = 0;
  for (const r of reviewed) {
    const vs = r.review.versions;
    if (vs.length === 0) continue;
    postsWithVersion++;
    let postDefect = false;
    for (const v of vs) {
      versions++;
      const check = checkVersion(r.post.text, v.preview, r.post.page);
      const defects = [...check.defects];
      if (linter !== undefined) defects.push(...(await harperDefects(linter, r.post.text, v.preview)));
      for (const q of check.questions) shapes.set(q.shape, (shapes.get(q.shape) ?? 0) + 1);
      const kinds = new Set(defects.map((d) => d.kind));
      for (const k of kinds) {
        byKind.set(k, (byKind.get(k) ?? 0) + 1);
        const list = examples.get(k) ?? [];
        if (verbose)
          list.push(
            `${defects
              .filter((d) => d.kind === k)
              .map((d) => clip(d.detail, 120))
              .join(
                ' | ',
              )}\n        before: ${JSON.stringify(clip(r.post.text, 300))}\n        after:  ${JSON.stringify(clip(v.preview, 300))}`,
          );
        examples.set(k, list);
      }
      if (defects.some((d) => d.kind === 'protected-case' && !d.detail.endsWith('(shouted word)')))
        namesChanged++;
      if (kinds.size > 0) {
        withDefect++;
        postDefect = true;
      }
    }
    if (postDefect) postsWithDefect++;
  }
  console.log(
    `\n2. Conversational versions: ${versions} versions offered for ${postsWithVersion} posts (${((Date.now() - t1) / 1000).toFixed(1)} s to check${linter === undefined ? ', no harper' : ''})`,
  );
  for (const k of REAL_DEFECT_KINDS) {
    if (k === 'harper' && linter === undefined) continue;
    console.log(
      `  ${k.padEnd(22)} ${String(byKind.get(k) ?? 0).padStart(5)}  ${pct(byKind.get(k) ?? 0, versions).padStart(6)}`,
    );
  }
  console.log(
    `  ${'any defect'.padEnd(22)} ${String(withDefect).padStart(5)}  ${pct(withDefect, versions).padStart(6)} of versions; ${postsWithDefect} posts (${pct(postsWithDefect, postsWithVersion)} of posts with a version)`,
  );
  console.log(`  versions with a brand name or acronym changed in case: ${namesChanged}`);
  console.log('\n  added questions by shape:');
  for (const [shape, n] of [...shapes].sort((a, b) => b[1] - a[1]).slice(0, verbose ? 1000 : 25))
    console.log(`  ${String(n).padStart(6)}  ${shape}`);
  if (verbose)
    for (const k of REAL_DEFECT_KINDS) {
      const list = examples.get(k) ?? [];
      if (list.length === 0) continue;
      console.log(`\n  [${k}] examples (a seeded sample of ${Math.min(25, list.length)} of ${list.length}):`);
      for (const e of sample(list, 25, SEED)) console.log(`    - ${e}`);
    }

  // 3. Outcomes.
  console.log(
    '\n3. Outcome: comments/likes above the median of the 50 nearest posts in time on the same page (0 likes skipped)',
  );
  const aucRows: {
    page: string;
    n: number;
    score: number;
    question: number;
    scoreNC: number;
    questionNC: number;
    nNC: number;
  }[] = [];
  for (const page of pages) {
    const rs = reviewed
      .filter((r) => r.post.page === page && r.post.likes > 0)
      .sort((a, b) => a.post.time - b.post.time);
    const ratios = rs.map((r) => r.post.comments / r.post.likes);
    const med = neighbourMedians(
      rs.map((r) => r.post.time),
      ratios,
    );
    const positive = ratios.map((x, i) => x > med[i]);
    const scores = rs.map((r) => r.review.score);
    const question = rs.map((r) => (r.post.text.includes('?') ? 1 : 0));
    const keep = rs.map((r) => !isContest(r.post.text));
    const only = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
    aucRows.push({
      page,
      n: rs.length,
      score: auc(scores, positive),
      question: auc(question, positive),
      scoreNC: auc(only(scores), only(positive)),
      questionNC: auc(only(question), only(positive)),
      nNC: keep.filter(Boolean).length,
    });
  }
  const f3 = (x: number) => (Number.isNaN(x) ? '  –  ' : x.toFixed(3));
  console.log(
    `  ${'page'.padEnd(18)} ${'posts'.padStart(6)}  score  \`?\`    | no contests: posts  score  \`?\``,
  );
  for (const a of aucRows)
    console.log(
      `  ${a.page.padEnd(18)} ${String(a.n).padStart(6)}  ${f3(a.score)}  ${f3(a.question)}  | ${String(a.nNC).padStart(18)}  ${f3(a.scoreNC)}  ${f3(a.questionNC)}`,
    );
  const pooled = {
    score: weightedMean(aucRows.map((a) => ({ value: a.score, n: a.n }))),
    question: weightedMean(aucRows.map((a) => ({ value: a.question, n: a.n }))),
    scoreNC: weightedMean(aucRows.map((a) => ({ value: a.scoreNC, n: a.nNC }))),
    questionNC: weightedMean(aucRows.map((a) => ({ value: a.questionNC, n: a.nNC }))),
  };
  console.log(
    `  ${'pooled'.padEnd(18)} ${String(aucRows.reduce((s, a) => s + a.n, 0)).padStart(6)}  ${f3(pooled.score)}  ${f3(pooled.question)}  | ${String(aucRows.reduce((s, a) => s + a.nNC, 0)).padStart(18)}  ${f3(pooled.scoreNC)}  ${f3(pooled.questionNC)}`,
  );

  // 4. Labelled sample.
  let labels: Label[] = [];
  try {
    labels = readLabels(labelsFile);
  } catch (error) {
    if (!(error instanceof UsageError) || !error.message.startsWith('no such file')) throw error;
  }
  const falseAlarm: Record<string, { n: number; fa: number; salesy: number; tp: number; promo: number }> = {};
  if (labels.length > 0) {
    console.log(`\n4. Hand-labelled sample (${labelsFile}): "salesy" against the label promo`);
    for (const part of ['tune', 'holdout', 'all'] as const) {
      if (split !== 'all' && part !== split) continue;
      const ls = labels.filter((l) => part === 'all' || l.split === part);
      let fa = 0;
      let called = 0;
      let tp = 0;
      let promo = 0;
      const alarms: string[] = [];
      const misses: string[] = [];
      for (const l of ls) {
        const r = cache.review(l.text);
        const isSalesy = r.verdict === 'salesy';
        if (l.label === 'promo') promo++;
        if (isSalesy) called++;
        if (isSalesy && l.label === 'promo') tp++;
        if (isSalesy && l.label === 'conversational') {
          fa++;
          alarms.push(
            `[${r.score}] ${l.page} ${l.date}: ${JSON.stringify(clip(l.text, 200))}${l.note ? ` (${l.note})` : ''}`,
          );
        }
        if (!isSalesy && l.label === 'promo')
          misses.push(`[${r.score} ${r.verdict}] ${l.page} ${l.date}: ${JSON.stringify(clip(l.text, 200))}`);
      }
      falseAlarm[part] = { n: ls.length, fa, salesy: called, tp, promo };
      console.log(
        `  ${part.padEnd(8)} ${ls.length} posts, ${promo} promo; called salesy ${called}; labelled conversational but salesy: ${fa} = ${pct(fa, ls.length)} of the sample, ${pct(fa, called)} of salesy; precision ${pct(tp, called)}, recall ${pct(tp, promo)}`,
      );
      if (verbose && part !== 'all') {
        for (const a of alarms) console.log(`      false alarm ${a}`);
        for (const m of misses) console.log(`      missed promo ${m}`);
      }
    }
  } else console.log(`\n4. No labelled sample (${labelsFile} missing)`);

  // Summary: the headline figures on a few lines, to compare runs.
  cache.save();
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(30)} ${value}`);
  console.log('\nSUMMARY eval:real');
  line('posts', `${posts.length} (split ${split}); called salesy ${pct(salesy.length, posts.length)}`);
  line('versions offered', `${versions} for ${postsWithVersion} posts`);
  line('versions with any defect', `${pct(withDefect, versions)} (${withDefect}/${versions}; target ≤ 2%)`);
  line(
    '  by kind',
    REAL_DEFECT_KINDS.filter((k) => (byKind.get(k) ?? 0) > 0)
      .map((k) => `${k} ${byKind.get(k)}`)
      .join(', ') || 'none',
  );
  line('brand names/acronyms changed', `${namesChanged} versions (target 0)`);
  for (const part of ['tune', 'holdout'] as const) {
    const f = falseAlarm[part];
    if (f === undefined) continue;
    line(
      `false alarms, ${part} labels`,
      `${pct(f.fa, f.n)} of ${f.n} labelled (target ≤ 3%), ${pct(f.fa, f.salesy)} of salesy; precision ${pct(f.tp, f.salesy)}, recall ${pct(f.tp, f.promo)}`,
    );
  }
  line('outcome AUC (within page)', `score ${f3(pooled.score)} vs question mark ${f3(pooled.question)}`);
  line('  without contests', `score ${f3(pooled.scoreNC)} vs question mark ${f3(pooled.questionNC)}`);
  line(
    'time',
    `${((Date.now() - started) / 1000).toFixed(1)} s (review ${(reviewMs / 1000).toFixed(1)} s, ${cache.misses} reviewed, ${cache.hits} cached)`,
  );
}

runCli(main);
