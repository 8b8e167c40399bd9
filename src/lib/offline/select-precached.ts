import { globToRegExp } from './glob-pattern.ts';

/** The files of a built site to precache, and the patterns that found none (most likely a mistake). */
export interface PrecacheSelection {
  files: string[];
  unmatched: string[];
}

/**
 * Picks from `paths` (every file of the built site, `/`-separated and
 * relative to it) those matching a pattern of `globPatterns` and none of
 * `globIgnores`. Ordered by the first pattern each matches, then by path, so
 * the worker and its precache order are the same for the same files
 * whatever order the file system listed them in; each file appears once.
 */
export function selectPrecached(paths: readonly string[], { globPatterns, globIgnores }: { globPatterns: readonly string[]; globIgnores: readonly string[] }): PrecacheSelection {
  const patterns = globPatterns.map(globToRegExp);
  const ignores = globIgnores.map(globToRegExp);
  const byPattern: string[][] = patterns.map(() => []);
  for (const path of paths) {
    const index = patterns.findIndex((re) => re.test(path));
    if (index !== -1 && !ignores.some((re) => re.test(path))) byPattern[index]!.push(path);
  }
  // A pattern whose files were all taken by an earlier one still found files.
  const unmatched = globPatterns.filter((_, i) => byPattern[i]!.length === 0 && !paths.some((path) => patterns[i]!.test(path) && !ignores.some((re) => re.test(path))));
  return { files: byPattern.flatMap((files) => files.sort()), unmatched };
}
