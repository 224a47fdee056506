/**
 * `npm run review -- [--platform x|linkedin|facebook] [--voice voice.json] [--json|--jsonl] [FILE|-]`
 * The engine on the command line: a human report (coloured on a TTY), one Review as JSON, or a
 * batch of JSON lines (`{"text": …}` in, one compact Review per line out, in order).
 */
import { review } from '../analysis/index';
import { formatReview } from './format';
import { loadVoice, parseArgs, parsePlatform, readInput, runCli, UsageError } from './io';

const SAMPLE_HINT =
  'usage: npm run review -- [--platform x|linkedin|facebook] [--voice voice.json] [--json|--jsonl] [FILE|-]';

runCli(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['json', 'jsonl', 'help']);
  if (flags.has('help')) {
    console.log(SAMPLE_HINT);
    return;
  }
  if (flags.has('json') && flags.has('jsonl')) throw new UsageError('--json and --jsonl exclude each other');
  if (positional.length > 1)
    throw new UsageError(`one input at a time (got ${positional.length}); ${SAMPLE_HINT}`);
  const platform = parsePlatform(flags.get('platform'));
  const voicePath = flags.get('voice');
  if (voicePath === true) throw new UsageError('--voice needs a file');
  const voice = voicePath === undefined ? undefined : loadVoice(voicePath);
  const source = positional[0] ?? '-';
  if (source === '-' && process.stdin.isTTY)
    throw new UsageError(`no input: pass a FILE or pipe text in; ${SAMPLE_HINT}`);
  const input = readInput(source);

  if (flags.has('jsonl')) {
    let bad = 0;
    input.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        process.stderr.write(`rapport: line ${i + 1}: invalid JSON, skipped\n`);
        bad++;
        return;
      }
      const text = (row as { text?: unknown } | null)?.text;
      if (typeof text !== 'string') {
        process.stderr.write(`rapport: line ${i + 1}: no "text" string, skipped\n`);
        bad++;
        return;
      }
      process.stdout.write(`${JSON.stringify(review(text, { platform, voice }))}\n`);
    });
    if (bad > 0) process.exitCode = 2;
    return;
  }
  const result = review(input.replace(/\n$/, ''), { platform, voice });
  if (flags.has('json')) console.log(JSON.stringify(result, null, 2));
  else console.log(formatReview(input.replace(/\n$/, ''), result, process.stdout.isTTY === true));
});
