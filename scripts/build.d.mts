// Types of scripts/build.mjs for the TypeScript that imports it (test/e2e/global-setup.ts).
export declare const SOURCES: readonly string[];
export declare function newestMtime(path: string): number;
export declare function withBuildLock(fn: () => void): void;
export declare function isStale(browser: 'chrome' | 'firefox'): boolean;
export declare function buildExtension(
  browsers?: ('chrome' | 'firefox')[],
  options?: { force?: boolean },
): string[];
