/**
 * eld's n-gram table in a form that costs next to nothing to load. eld's 'small' database
 * (node_modules/eld/src/ngrams/small.js) is one object literal of 81,206 keys, each an n-gram
 * mapping to `{ languageIndex: score }`: evaluating it is most of the background's start-up (about
 * 0.8 s of the service worker's ~0.9 s). The build (lib/build/eld-ngrams.ts) replaces that module
 * with the same `ngramsData` whose `ngrams` is `lazyNgrams(records)`: one string, and an entry is
 * found (binary search) and decoded only when eld looks it up, then kept. eld reads the table one
 * way only, `ngrams[bytes]` then `for (lang in entry)`, and gets the same entries, so the same
 * results (test/unit/lazy-ngrams.test.ts checks every entry, and eld's answers on real posts).
 * eld's `saveSubset` (a browser download of the table, unused here) would see an empty table.
 */

/** An n-gram's scores by language index, as in eld's table. */
export type NgramEntry = Record<number, number>;

/** Ends an n-gram in a record; n-grams are made of eld's byte characters (32–255), never this. */
const KEY_END = '\t';
/** Ends a record. */
const RECORD_END = '\n';
/** Language indexes and scores are stored as characters from this code on. */
const BASE = 48;
/** The largest language index or score a character holds (codes stay in Latin-1: one-byte strings). */
const MAX_VALUE = 255 - BASE;

/**
 * The records string for a table: its n-grams sorted (UTF-16 code units, as `<` compares), each
 * `ngram \t` then two characters per language (index and score, plus BASE), joined by new lines.
 * Throws on anything it cannot hold exactly (so a new eld fails the build instead of differing).
 */
export function compactNgrams(ngrams: Record<string, Record<string, number>>): string {
  const keys = Object.keys(ngrams).sort();
  const records: string[] = [];
  for (const key of keys) {
    if (key.includes(KEY_END) || key.includes(RECORD_END))
      throw new Error(`eld n-gram ${JSON.stringify(key)}`);
    let record = key + KEY_END;
    const entry = ngrams[key];
    if (Object.getPrototypeOf(entry) !== Object.prototype)
      throw new Error(`eld entry for ${JSON.stringify(key)}`);
    for (const lang of Object.keys(entry)) {
      const index = Number(lang);
      const score = entry[lang];
      if (!isByte(index) || String(index) !== lang || !isByte(score))
        throw new Error(`eld entry ${JSON.stringify(key)}: ${lang} → ${score}`);
      record += String.fromCharCode(BASE + index, BASE + score);
    }
    records.push(record);
  }
  return records.join(RECORD_END);
}

function isByte(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= MAX_VALUE;
}

/**
 * The table `compactNgrams` encoded, as an object eld can read: `table[ngram]` is the entry
 * (the same object on every look-up) or undefined. `count` is the number of records.
 */
export function lazyNgrams(records: string, count: number): Record<string, NgramEntry | undefined> {
  let starts: Uint32Array | undefined;
  const decoded = new Map<string, NgramEntry>();

  /** Where each record starts, and one past the last one's end; built on the first look-up. */
  const index = (): Uint32Array => {
    const at = new Uint32Array(count + 1);
    let position = 0;
    for (let i = 0; i < count; i++) {
      at[i] = position;
      const end = records.indexOf(RECORD_END, position);
      position = end === -1 ? records.length + 1 : end + 1;
    }
    at[count] = records.length + 1;
    return at;
  };

  const find = (key: string): NgramEntry | undefined => {
    starts ??= index();
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = starts[mid];
      const keyEnd = records.indexOf(KEY_END, start);
      const candidate = records.slice(start, keyEnd);
      if (candidate < key) low = mid + 1;
      else if (candidate > key) high = mid - 1;
      else {
        const entry: NgramEntry = {};
        const end = starts[mid + 1] - 1;
        for (let p = keyEnd + 1; p < end; p += 2)
          entry[records.charCodeAt(p) - BASE] = records.charCodeAt(p + 1) - BASE;
        return entry;
      }
    }
    return undefined;
  };

  return new Proxy({} as Record<string, NgramEntry | undefined>, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      let entry = decoded.get(key);
      if (entry === undefined) {
        entry = find(key);
        if (entry !== undefined) decoded.set(key, entry);
      }
      return entry;
    },
  });
}
