import { matchesGlob } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { globToRegExp } from '../../../src/lib/offline/glob-pattern.ts';
import { precacheGlobs } from '../../../src/lib/offline/precache-plan.ts';

const PATHS = [
  'index.html', '404.html', 'papers/a-paper/index.html', 'topics/vision/page/2/index.html', '.hidden.html', 'papers/.draft/index.html',
  '_astro/app.Bx1.js', '_astro/app.Bx1.css', '_astro/nested/chunk.js', '_astro/app.js.map', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png',
  'icons/sub/x.png', 'pagefind/pagefind.js', 'pagefind/fragment/en_00f67bf.pf_fragment', 'pagefind/pagefind-ui.css', 'pagefind/wasm.unknown.pagefind', 'sw.js', 'a/favicon.svg',
];
const PATTERNS = [...precacheGlobs('all').globPatterns, ...precacheGlobs('all').globIgnores, ...precacheGlobs('none').globPatterns, 'icons/icon-???.png', '*', 'pagefind/**', '**'];

describe('globToRegExp', () => {
  // Node's own glob matcher (dot files left out, like Workbox's glob) is the reference.
  test.each(PATTERNS)('matches the same paths as path.matchesGlob for %s', (pattern) => {
    const re = globToRegExp(pattern);
    for (const path of PATHS) expect(re.test(path), path).toBe(matchesGlob(path, pattern));
  });

  test('matches the same paths as path.matchesGlob for generated paths', () => {
    // A walk of the site never yields `.` or `..` as a name, and path.matchesGlob resolves them away.
    const segment = fc.stringMatching(/^[.a-z_-]{1,6}(\.(html|js|css|svg|png))?$/).filter((s) => s !== '.' && s !== '..');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    fc.assert(fc.property(path, fc.constantFrom(...PATTERNS), (p, pattern) => globToRegExp(pattern).test(p) === matchesGlob(p, pattern)), { numRuns: 2000 });
  });

  // Syntax the plan does not use yet, which picomatch reads as glob syntax rather than as literal text.
  test.each([
    ['[ab].html', ['a.html', 'b.html'], ['c.html', '.a.html']],
    ['@(pagefind|katex)/*', ['pagefind/pagefind.js', 'katex/katex.min.css'], ['icons/x.png', 'pagefind/.x']],
    ['{a,{b,c}}.js', ['a.js', 'b.js', 'c.js'], ['d.js', '{a,{b,c}}.js']],
    ['a\\*', ['a*'], ['ab']],
  ])('reads %s as glob syntax', (pattern, matched, unmatched) => {
    const re = globToRegExp(pattern);
    expect({ matched: matched.filter((p) => re.test(p)), unmatched: unmatched.filter((p) => re.test(p)) }).toEqual({ matched, unmatched: [] });
  });
});
