/**
 * Glob patterns as regular expressions, so one walk of the built site can be
 * matched against every pattern of the precache plan at once.
 */
import picomatch from 'picomatch/posix.js';

/**
 * Compiles a glob pattern over `/`-separated relative paths (on every
 * platform: the posix build of picomatch) to a regular expression matching
 * the whole path: `*`, `?`, `**` across folders, `{a,b}` (nested too),
 * `[...]`, extglobs and `\` escapes. Like glob without `dot: true`, `*`, `?`
 * and `**` never match a name starting with a dot. Two readings of picomatch
 * to know before using them in the plan: `[ab]` also matches the literal
 * text `[ab]`, and a negated extglob `!(x)` does match a leading dot.
 */
export function globToRegExp(pattern: string): RegExp {
  return picomatch.makeRe(pattern, { dot: false });
}
