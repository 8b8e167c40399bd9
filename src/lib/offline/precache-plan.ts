/**
 * What the service worker keeps for offline use, as glob patterns over the
 * built site, matched by picomatch (see glob-pattern.ts).
 */

/** `all`: every page is saved on the first visit; `none`: only the app shell and search, pages as they are read. */
export type OfflinePages = 'all' | 'none';

/** The pages the app shell needs whatever the mode: home, topics, search and the not-found page. */
const SHELL_PAGES = ['index.html', '404.html', 'search/index.html', 'topics/index.html'];

/** Glob patterns (relative to the built site) for {@link OfflinePages}. */
export function precacheGlobs(mode: OfflinePages): { globPatterns: string[]; globIgnores: string[] } {
  return {
    globPatterns: [
      ...(mode === 'all' ? ['**/*.html'] : SHELL_PAGES),
      '_astro/**/*.{js,css}',
      '*.{svg,png,ico,webmanifest}',
      'icons/*',
      // The whole search bundle: entry, wasm, worker, meta, index, filter and fragment chunks, highlighter.
      'pagefind/**/*',
      // KaTeX's stylesheet and fonts, which pages with math load: WOFF2 only, every browser with service workers reads it.
      'katex/katex.min.css',
      'katex/fonts/*.woff2',
    ],
    globIgnores: [
      // Pagefind's ready-made search interfaces: the site has its own.
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
      // Only for pages without a lang attribute; every page has one.
      'pagefind/wasm.unknown.pagefind',
      'sw.js',
    ],
  };
}

/** A cache name part that tells sites under different base paths of one origin apart. */
export function cacheIdFor(base: string): string {
  return `papershelf${base.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}
