// write-good ships no types; only what the benchmark calls.
declare module 'write-good' {
  export default function writeGood(text: string): { index: number; offset: number; reason: string }[];
}
