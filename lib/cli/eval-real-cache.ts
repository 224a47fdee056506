/**
 * What `npm run eval:real` needs of a review, kept on disk between runs: keyed by a hash of the
 * engine's source (lib/analysis/**) and of the text, so any change to the engine reviews afresh.
 * The cache lives in the system's temporary directory, never in the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { review } from '../analysis/index';
import type { Review, Verdict } from '../analysis/types';

export interface CompactReview {
  score: number;
  verdict: Verdict;
  findings: { rule: string; severity: string; actual: string }[];
  /** The conversational version (the suggestion spanning the whole text) and its alternatives. */
  versions: { label: string; preview: string }[];
}

/** The conversational version: the suggestion whose edit spans the whole text, with its alternatives. */
export function versionsOf(text: string, r: Review): { label: string; preview: string }[] {
  const s = r.suggestions.find(
    (x) => x.scope === 'post' || (x.edit.start === 0 && x.edit.end === text.length),
  );
  if (s === undefined) return [];
  return [
    { label: s.label, preview: s.preview },
    ...(s.alternatives ?? []).map((a) => ({ label: `${s.label} / ${a.label}`, preview: a.preview })),
  ];
}

export function compact(text: string, r: Review): CompactReview {
  return {
    score: r.score,
    verdict: r.verdict,
    findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, actual: f.actual })),
    versions: versionsOf(text, r),
  };
}

const ENGINE = resolve(import.meta.dirname, '../analysis');

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

/** A hash of every file of the engine: the cache's version. */
export function engineHash(): string {
  const h = createHash('sha256');
  for (const f of files(ENGINE)) {
    h.update(f.slice(ENGINE.length));
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

export class ReviewCache {
  private readonly path: string;
  private readonly entries = new Map<string, CompactReview>();
  private dirty = false;
  hits = 0;
  misses = 0;

  constructor(enabled: boolean) {
    const dir = join(tmpdir(), 'rapport-eval-real');
    this.path = enabled ? join(dir, `${engineHash()}.json`) : '';
    if (enabled && existsSync(this.path)) {
      try {
        const data = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, CompactReview>;
        for (const [k, v] of Object.entries(data)) this.entries.set(k, v);
      } catch {
        // A broken cache is only slower: review afresh.
      }
    }
    if (enabled) mkdirSync(dir, { recursive: true });
  }

  review(text: string): CompactReview {
    const key = createHash('sha1').update(text).digest('base64');
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.hits++;
      return hit;
    }
    this.misses++;
    const r = compact(text, review(text, { platform: 'facebook' }));
    this.entries.set(key, r);
    this.dirty = true;
    return r;
  }

  save(): void {
    if (this.path === '' || !this.dirty) return;
    writeFileSync(this.path, JSON.stringify(Object.fromEntries(this.entries)));
  }
}
