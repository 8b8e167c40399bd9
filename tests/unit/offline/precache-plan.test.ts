import { describe, expect, test } from 'vitest';
import { cacheIdFor, precacheGlobs, readOfflinePages } from '../../../src/lib/offline/precache-plan.ts';

describe('readOfflinePages', () => {
  test.each([[undefined, 'all'], ['', 'all'], ['all', 'all'], [' None ', 'none']])('reads %j as %s', (value, mode) => {
    expect(readOfflinePages(value)).toBe(mode);
  });
  test('says which values are allowed when given another', () => {
    expect(() => readOfflinePages('some')).toThrow('OFFLINE_PAGES must be "all" or "none", not "some"');
  });
});

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
