import { describe, expect, test } from 'vitest';
import { cacheIdFor, precacheGlobs } from '../../../src/lib/offline/precache-plan.ts';

describe('precacheGlobs', () => {
  test('takes every page in mode all, only the shell pages in mode none, and the Pagefind bundle in both', () => {
    expect(precacheGlobs('all').globPatterns).toContain('**/*.html');
    const none = precacheGlobs('none').globPatterns;
    expect(none).not.toContain('**/*.html');
    expect(none).toEqual(expect.arrayContaining(['index.html', 'search/index.html', 'pagefind/**/*']));
  });
  test("leaves out Pagefind's own search interfaces and the worker itself", () => {
    expect(precacheGlobs('all').globIgnores).toEqual(expect.arrayContaining(['pagefind/pagefind-ui.*', 'sw.js']));
  });
});

describe('cacheIdFor', () => {
  test.each([['/', 'papershelf'], ['/papershelf/', 'papershelf-papershelf'], ['/a/b/', 'papershelf-a-b']])('names the caches of base %s %s', (base, id) => {
    expect(cacheIdFor(base)).toBe(id);
  });
});
