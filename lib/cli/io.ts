/** Small Node helpers shared by the command-line entry points: argument parsing, input, errors. */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { BrandVoice, Platform, PostKind } from '../analysis/types';

/** A user-facing failure: printed as one line, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positional: string[];
}

/** Parses `--flag value`, `--flag=value` and `--switch`; `booleans` lists the switches. */
export function parseArgs(argv: readonly string[], booleans: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-' || !arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleans.includes(name)) flags.set(name, true);
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    }
  }
  return { flags, positional };
}

/** Reads a file (synchronously); a missing file is a UsageError. Standard input goes through `readText`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw inputError(path, error);
  }
}

function inputError(path: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(
    code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`,
  );
}

/** Opens a file, or standard input for '-', as a stream: a pipe of any size is read as it arrives. */
function openInput(path: string): Readable {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  stream.setEncoding('utf8');
  return stream;
}

/**
 * Reads a whole file, or standard input for '-', as a stream. Reading a pipe with one
 * synchronous read fails with EAGAIN when the pipe is non-blocking (as under npm and tsx).
 */
export async function readText(path: string): Promise<string> {
  if (path !== '-') return readInput(path);
  let text = '';
  try {
    for await (const chunk of openInput(path)) text += chunk as string;
  } catch (error) {
    throw inputError(path, error);
  }
  return text;
}

/** The lines of a file, or of standard input for '-', one at a time as they arrive (without the newline). */
export async function* readLines(path: string): AsyncGenerator<string> {
  const input = openInput(path);
  const failed = new Promise<never>((_, reject) => input.once('error', (e) => reject(inputError(path, e))));
  failed.catch(() => {});
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), failed]);
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    lines.close();
  }
}

/** Writes to standard output, waiting when the pipe is full (so a slow reader never makes output pile up). */
export async function writeOut(chunk: string): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

const PLATFORMS: readonly Platform[] = ['x', 'linkedin', 'facebook', 'generic'];

/** Validates a --platform value. */
export function parsePlatform(value: string | true | undefined): Platform {
  if (value === undefined) return 'generic';
  if (value === true || !PLATFORMS.includes(value as Platform)) {
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}`);
  }
  return value as Platform;
}

export const KINDS: readonly PostKind[] = ['post', 'reply', 'comment'];

/** Validates a --kind value; undefined lets the engine decide (an opening @mention makes a reply). */
export function parseKind(value: string | true | undefined): PostKind | undefined {
  if (value === undefined) return undefined;
  if (value === true || !KINDS.includes(value as PostKind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  }
  return value as PostKind;
}

/** Loads a brand voice JSON file (a BrandVoice object, or an exported profile with a `voice` field). */
export function loadVoice(path: string): Partial<BrandVoice> {
  const raw = readInput(path);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`invalid voice file ${path}: not JSON (${(error as Error).message})`);
  }
  const voice = isObject(data) && isObject(data.voice) ? data.voice : data;
  if (!isObject(voice)) throw new UsageError(`invalid voice file ${path}: expected a JSON object`);
  const problems: string[] = [];
  const str = (k: string) =>
    voice[k] === undefined || typeof voice[k] === 'string' || problems.push(`${k} must be a string`);
  const arr = (k: string) =>
    voice[k] === undefined || Array.isArray(voice[k]) || problems.push(`${k} must be an array`);
  for (const k of ['name', 'formality', 'emoji', 'signOff', 'strictness']) str(k);
  for (const k of ['banned', 'preferred', 'regions', 'disabledRules']) arr(k);
  if (
    Array.isArray(voice.banned) &&
    !voice.banned.every((b) => isObject(b) && typeof b.phrase === 'string')
  ) {
    problems.push('banned must be a list of { "phrase", "replacement" }');
  }
  if (problems.length > 0) throw new UsageError(`invalid voice file ${path}: ${problems.join('; ')}`);
  return voice as Partial<BrandVoice>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Runs a CLI main function: UsageError → one line on stderr and exit 2. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`rapport: ${error.message}\n`);
        process.exit(2);
      }
      throw error;
    });
}

/**
 * Whether a data file carries labels (its first row has a `label`): the default set skips the
 * unlabelled ones, such as real-brand-posts.jsonl (engagement, no labels; `npm run eval:real` reads it).
 */
export function isLabelled(file: string): boolean {
  const first = readInput(file)
    .split('\n')
    .find((l) => l.trim() !== '');
  if (first === undefined) return false;
  try {
    return (JSON.parse(first) as { label?: unknown }).label !== undefined;
  } catch {
    return true; // a broken file is reported by the main loop, not silently skipped
  }
}
