/**
 * `npm run review -- [--platform x|linkedin|facebook] [--kind post|reply|comment] [--voice voice.json] [--json|--jsonl] [FILE|-]`
 * The engine on the command line: a human report (coloured on a TTY), one Review as JSON, or a
 * batch of JSON lines (`{"text": …}` in, optionally with `platform` and `kind`; one compact
 * Review per line out, in order). Input is read as a stream, so a pipe of any length works.
 */
import { review } from '../analysis/index';
import type { Platform, PostKind } from '../analysis/types';
import { formatReview } from './format';
import {
  KINDS,
  loadVoice,
  parseArgs,
  parseKind,
  parsePlatform,
  readLines,
  readText,
  runCli,
  UsageError,
  writeOut,
} from './io';

const SAMPLE_HINT =
  'usage: npm run review -- [--platform x|linkedin|facebook] [--kind post|reply|comment] [--voice voice.json] [--json|--jsonl] [FILE|-]';
const PLATFORM_NAMES: readonly string[] = ['x', 'linkedin', 'facebook', 'generic'];

runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['json', 'jsonl', 'help']);
  if (flags.has('help')) {
    console.log(SAMPLE_HINT);
    return;
  }
  if (flags.has('json') && flags.has('jsonl')) throw new UsageError('--json and --jsonl exclude each other');
  if (positional.length > 1)
    throw new UsageError(`one input at a time (got ${positional.length}); ${SAMPLE_HINT}`);
  const platform = parsePlatform(flags.get('platform'));
  const kind = parseKind(flags.get('kind'));
  const voicePath = flags.get('voice');
  if (voicePath === true) throw new UsageError('--voice needs a file');
  const voice = voicePath === undefined ? undefined : loadVoice(voicePath);
  const source = positional[0] ?? '-';
  if (source === '-' && process.stdin.isTTY)
    throw new UsageError(`no input: pass a FILE or pipe text in; ${SAMPLE_HINT}`);

  if (flags.has('jsonl')) {
    let bad = 0;
    let n = 0;
    for await (const line of readLines(source)) {
      n++;
      if (line.trim() === '') continue;
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch {
        process.stderr.write(`rapport: line ${n}: invalid JSON, skipped\n`);
        bad++;
        continue;
      }
      const fields = (row ?? {}) as { text?: unknown; platform?: unknown; kind?: unknown };
      if (typeof fields.text !== 'string') {
        process.stderr.write(`rapport: line ${n}: no "text" string, skipped\n`);
        bad++;
        continue;
      }
      // A row's own platform and kind win over the command line's defaults.
      const rowPlatform =
        flags.has('platform') || !PLATFORM_NAMES.includes(fields.platform as string)
          ? platform
          : (fields.platform as Platform);
      const rowKind =
        kind ?? (KINDS.includes(fields.kind as PostKind) ? (fields.kind as PostKind) : undefined);
      await writeOut(
        `${JSON.stringify(review(fields.text, { platform: rowPlatform, kind: rowKind, voice }))}\n`,
      );
    }
    if (bad > 0) process.exitCode = 2;
    return;
  }
  const input = (await readText(source)).replace(/\n$/, '');
  const result = review(input, { platform, kind, voice });
  if (flags.has('json')) console.log(JSON.stringify(result, null, 2));
  else console.log(formatReview(input, result, process.stdout.isTTY === true));
});
