import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metrics } from '../../lib/cli/eval-metrics';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));

function run(script: string, args: string[], input?: string) {
  const r = spawnSync(TSX, [join(ROOT, 'lib/cli', script), ...args], { input, encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run review', () => {
  it('prints a human report with score, findings, why and suggestions', () => {
    const r = run('review.ts', ['--platform', 'x', '-'], 'Buy now and get 20% off, today only!!!');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/score \d+\/100\s+salesy/);
    expect(r.out).toContain('hard-sell/cta');
    expect(r.out).toContain('why:');
    expect(r.out).toContain('Suggestions');
  });

  it('--json prints one Review', () => {
    const r = run('review.ts', ['--json', '-'], 'What do you think of remote onboarding?');
    expect(r.code).toBe(0);
    const review = JSON.parse(r.out);
    expect(review.verdict).toBe('conversational');
    expect(review.stats.questions).toBe(1);
  });

  it('--jsonl keeps order, reports bad lines with their numbers on stderr and processes the rest', () => {
    const r = run(
      'review.ts',
      ['--jsonl', '-'],
      '{"text":"Buy now!"}\nnot json\n{"nope":1}\n{"text":"How are you?"}\n',
    );
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].findings[0].rule).toBe('hard-sell/cta');
    expect(lines[1].signals[0].kind).toBe('question');
    expect(r.err).toContain('line 2: invalid JSON');
    expect(r.err).toContain('line 3: no "text" string');
    expect(r.code).toBe(2);
  });

  it('reads a pipe of a few thousand lines as a stream (cat big.jsonl | review --jsonl -)', () => {
    const big = join(dir, 'big.jsonl');
    const rows = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ text: i % 2 === 0 ? `Post ${i}: buy now and save!` : `@ana how was day ${i}?` }),
    );
    writeFileSync(big, `${rows.join('\n')}\n`);
    // A real pipe from another process: a single synchronous read of it used to fail with EAGAIN.
    const r = spawnSync('sh', ['-c', `cat "${big}" | "${TSX}" lib/cli/review.ts --jsonl -`], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(3000);
    expect(JSON.parse(out[0]).kind).toBe('post');
    expect(JSON.parse(out[2999]).kind).toBe('reply');
    expect(JSON.parse(out[2998]).verdict).toBe('salesy');
  }, 120_000);

  it('reads a whole text piped through a shell (not only --jsonl)', () => {
    const file = join(dir, 'post.txt');
    writeFileSync(file, 'What do you think of remote onboarding?\n'.repeat(2000));
    const r = spawnSync('sh', ['-c', `cat "${file}" | "${TSX}" lib/cli/review.ts --json -`], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).stats.chars).toBeGreaterThan(70_000);
  }, 60_000);

  it('--kind sets the kind; a row may carry its own kind; an opening @mention makes a reply', () => {
    const care = 'Please DM us your order number so we can check.';
    expect(JSON.parse(run('review.ts', ['--json', '--kind', 'reply', '-'], care).out).kind).toBe('reply');
    expect(JSON.parse(run('review.ts', ['--json', '-'], care).out).kind).toBe('post');
    expect(JSON.parse(run('review.ts', ['--json', '-'], `@dana ${care}`).out).kind).toBe('reply');
    const rows = run(
      'review.ts',
      ['--jsonl', '-'],
      `${JSON.stringify({ text: care, kind: 'comment' })}\n${JSON.stringify({ text: care })}\n`,
    )
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l).kind);
    expect(rows).toEqual(['comment', 'post']);
    const bad = run('review.ts', ['--kind', 'story', '-'], care);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--kind must be one of post, reply, comment/);
  }, 60_000);

  it('honours a voice file', () => {
    const voice = join(dir, 'voice.json');
    writeFileSync(voice, JSON.stringify({ banned: [{ phrase: 'customers', replacement: 'community' }] }));
    const r = run('review.ts', ['--json', '--voice', voice, '-'], 'We love our customers.');
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).toContain('voice/banned');
  });

  it.each([
    [['missing-file.txt'], /no such file: missing-file.txt/],
    [['--platform', 'myspace', '-'], /--platform must be one of/],
    [['--voice', join(dir, 'nope.json'), '-'], /no such file/],
  ])('fails clearly with exit 2 for %j', (args, message) => {
    const r = run('review.ts', args, 'hello');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('rejects an invalid voice file with one line naming the problem', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"banned": "everything"');
    expect(run('review.ts', ['--voice', bad, '-'], 'hi').err).toMatch(/invalid voice file .*not JSON/);
    writeFileSync(bad, '{"banned": "everything"}');
    const r = run('review.ts', ['--voice', bad, '-'], 'hi');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/banned must be an array/);
  });
});

describe('npm run eval', () => {
  it('prints precision, recall, F1, false-alarm rate and the confusion matrix per file', () => {
    const file = join(dir, 'labelled.jsonl');
    writeFileSync(
      file,
      [
        { text: 'Buy now and get 20% off, today only!!! Link in bio.', label: 'promo' },
        { text: 'Congratulations! You have won a prize. To claim call 09061701461.', label: 'promo' },
        { text: 'How did your team handle the move to remote work?', label: 'conversational' },
        { text: 'Thanks for the lovely dinner last night!', label: 'conversational' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = run('eval.ts', [file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/labelled\.jsonl\s+4\s+100\.0%\s+100\.0%\s+100\.0%\s+0\.0%\s+2\s+0\s+2\s+0/);
  });

  it('fails with the line number on a malformed row', () => {
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, '{"text":"a","label":"promo"}\n{"text":"b","label":"maybe"}\n');
    const r = run('eval.ts', [file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.jsonl:2/);
  });
});

describe('metrics', () => {
  it('computes precision, recall, F1 and the false-alarm rate', () => {
    const m = metrics({ tp: 8, fp: 2, tn: 88, fn: 2 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.8);
    expect(m.f1).toBeCloseTo(0.8);
    expect(m.falseAlarm).toBeCloseTo(2 / 90);
    expect(metrics({ tp: 0, fp: 0, tn: 0, fn: 0 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      falseAlarm: 0,
    });
  });
});
