/**
 * Glob patterns as regular expressions, so one walk of the built site can be
 * matched against every pattern of the precache plan at once.
 */

/** Characters of glob syntax this matcher does not support (classes, extglobs, escapes). */
const UNSUPPORTED = /[[\]()!+@\\]/;

/** A regular expression for the characters of one path segment, not starting with a dot. */
const NAME = '(?!\\.)[^/]*';
/** A whole path segment for `**`: at least one character, not starting with a dot. */
const SEGMENT = '(?!\\.)[^/]+';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One path segment without braces: literals, `*` and `?`. */
function segmentSource(segment: string): string {
  let source = '';
  for (const [i, ch] of [...segment].entries()) {
    // Like glob without `dot: true`: a wildcard never matches a leading dot.
    if (ch === '*') source += i === 0 ? NAME : '[^/]*';
    else if (ch === '?') source += i === 0 ? '(?!\\.)[^/]' : '[^/]';
    else source += escape(ch);
  }
  return source;
}

/** Expands `{a,b}` groups (not nested) into every alternative pattern. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) {
    if (pattern.includes('}')) throw new Error(`Unbalanced "}" in glob pattern "${pattern}".`);
    return [pattern];
  }
  const close = pattern.indexOf('}', open);
  const inner = close === -1 ? '' : pattern.slice(open + 1, close);
  if (close === -1 || inner.includes('{')) throw new Error(`Unbalanced or nested braces in glob pattern "${pattern}".`);
  const rest = expandBraces(pattern.slice(close + 1));
  return inner.split(',').flatMap((alt) => rest.map((tail) => `${pattern.slice(0, open)}${alt}${tail}`));
}

/**
 * Compiles a glob pattern over `/`-separated relative paths to a regular
 * expression matching the whole path. Supports literals, `*`, `?`, `**` as a
 * whole segment and `{a,b}` (not nested); like glob without `dot: true`,
 * wildcards never match a name starting with a dot. Throws on other syntax
 * (`[...]`, extglobs, escapes) rather than matching it wrongly.
 */
export function globToRegExp(pattern: string): RegExp {
  if (UNSUPPORTED.test(pattern)) throw new Error(`Unsupported glob syntax in "${pattern}": use only *, **, ? and {a,b}.`);
  const alternatives = expandBraces(pattern).map((alt) => {
    const segments = alt.split('/');
    let source = '';
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      if (segment === '**') source += last ? `(?:${SEGMENT}(?:/${SEGMENT})*)?` : `(?:${SEGMENT}/)*`;
      else source += segmentSource(segment) + (last ? '' : '/');
    }
    return source;
  });
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
