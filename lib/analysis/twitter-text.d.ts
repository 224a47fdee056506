// twitter-text's per-function module; @types/twitter-text only declares the package root.
declare module 'twitter-text/dist/esm/parseTweet.js' {
  import type { ParsedTweet } from 'twitter-text';
  export default function parseTweet(text: string): ParsedTweet;
}
