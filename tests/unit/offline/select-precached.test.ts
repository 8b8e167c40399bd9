import { describe, expect, test } from 'vitest';
import { precacheGlobs } from '../../../src/lib/offline/precache-plan.ts';
import { selectPrecached } from '../../../src/lib/offline/select-precached.ts';

const SITE = ['sw.js', 'pagefind/pagefind.js', 'papers/b/index.html', 'index.html', '_astro/app.css', 'papers/a/index.html', 'pagefind/pagefind-ui.js', 'papers.json', 'search/index.html', '.nojekyll', 'favicon.svg', 'icons/icon.png', '404.html', 'topics/index.html'];

describe('selectPrecached', () => {
  test('returns the matching files grouped by pattern and sorted by path, without the ignored ones', () => {
    expect(selectPrecached(SITE, precacheGlobs('all')).files).toEqual([
      '404.html', 'index.html', 'papers/a/index.html', 'papers/b/index.html', 'search/index.html', 'topics/index.html',
      '_astro/app.css', 'favicon.svg', 'icons/icon.png', 'pagefind/pagefind.js',
    ]);
  });

  test('returns only the shell pages in mode none', () => {
    const { files } = selectPrecached(SITE, precacheGlobs('none'));
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html', '404.html', 'search/index.html', 'topics/index.html']);
  });

  test('lists a file matched by two patterns once, under the first', () => {
    expect(selectPrecached(['a/x.html', 'b.html'], { globPatterns: ['**/*.html', 'a/*'], globIgnores: [] })).toEqual({ files: ['a/x.html', 'b.html'], unmatched: [] });
  });

  test('gives the same result whatever order the files come in', () => {
    expect(selectPrecached([...SITE].reverse(), precacheGlobs('all'))).toEqual(selectPrecached(SITE, precacheGlobs('all')));
  });

  test('reports patterns that matched no file, or only ignored ones', () => {
    expect(selectPrecached(['index.html', 'sw.js'], { globPatterns: ['*.html', 'icons/*', 'sw.*'], globIgnores: ['sw.js'] }).unmatched).toEqual(['icons/*', 'sw.*']);
  });
});
