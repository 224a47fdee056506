/** The human-readable report of a Review, shared by `review` and `demo`. */
import type { Review } from '../analysis/index';

const CATEGORY_COLOR: Record<string, number> = {
  'hard-sell': 31,
  urgency: 33,
  broadcast: 35,
  'engagement-bait': 91,
  global: 36,
  voice: 34,
};

/** The human report: score, findings with the span marked, suggestions with previews. */
export function formatReview(text: string, r: Review, color: boolean): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = (s: string) => paint(1, s);
  const dim = (s: string) => paint(2, s);
  const lines: string[] = [];
  const verdictColor = r.verdict === 'conversational' ? 32 : r.verdict === 'mixed' ? 33 : 31;
  lines.push(
    `${bold('Rapport')}  score ${paint(verdictColor, bold(String(r.score)))}/100  ${paint(verdictColor, r.verdict)}  ${dim(`(${r.platform}, ${r.stats.length}/${r.stats.limit} chars)`)}`,
  );
  if (!r.analysed) {
    lines.push(
      dim(
        r.language === 'und'
          ? 'Nothing to review.'
          : `Language “${r.language}” is not analysed yet; nothing flagged.`,
      ),
    );
    return lines.join('\n');
  }
  lines.push(
    dim(
      Object.entries(r.dimensions)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · '),
    ),
  );
  if (r.truncated) lines.push(dim('Only the first 10,000 characters were reviewed.'));
  if (r.findings.length === 0) lines.push('\nNo findings: this reads like a conversation.');
  else lines.push(`\n${bold(`Findings (${r.findings.length})`)}`);
  for (const f of r.findings) {
    const c = CATEGORY_COLOR[f.category] ?? 0;
    const from = Math.max(0, f.start - 30);
    const to = Math.min(text.length, f.end + 30);
    const context = `${from > 0 ? '…' : ''}${text.slice(from, f.start)}${paint(c, paint(4, text.slice(f.start, f.end) || '⏎'))}${text.slice(f.end, to)}${to < text.length ? '…' : ''}`;
    lines.push(`  ${paint(c, f.category.padEnd(15))} ${f.message}  ${dim(f.rule)}`);
    lines.push(`  ${' '.repeat(15)} ${context.replace(/\n/g, ' ')}`);
    lines.push(`  ${' '.repeat(15)} ${dim(`why: ${f.why}`)}`);
  }
  if (r.suggestions.length > 0) lines.push(`\n${bold(`Suggestions (${r.suggestions.length})`)}`);
  for (const s of r.suggestions) {
    lines.push(`  ${paint(32, '→')} ${s.label}`);
    lines.push(`    ${dim(s.preview.replace(/\n/g, ' ⏎ '))}`);
  }
  const good = r.signals.map((s) => s.message);
  if (good.length > 0) lines.push(`\n${bold('Doing well')}  ${[...new Set(good)].join(' ')}`);
  return lines.join('\n');
}
