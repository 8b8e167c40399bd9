/**
 * Every route of the site: the address pattern and its file under
 * `src/routes/`. The papershelf integration injects them, so the site's
 * pages are listed in one place and no file becomes a page by being put in a
 * folder.
 */
export const ROUTES: readonly { pattern: string; file: string }[] = [
  { pattern: '/', file: 'index.astro' },
  { pattern: '/404', file: '404.astro' },
  { pattern: '/search', file: 'search.astro' },
  { pattern: '/papers/[slug]', file: 'papers/[slug].astro' },
  { pattern: '/all/[...page]', file: 'all/[...page].astro' },
  { pattern: '/topics', file: 'topics/index.astro' },
  { pattern: '/topics/[topic]/[...page]', file: 'topics/[topic]/[...page].astro' },
  { pattern: '/topics/[topic].bib', file: 'topics/[topic].bib.ts' },
  { pattern: '/topics/[topic]/atom.xml', file: 'topics/[topic]/atom.xml.ts' },
  { pattern: '/topics/[topic]/rss.xml', file: 'topics/[topic]/rss.xml.ts' },
  { pattern: '/authors/[...page]', file: 'authors/[...page].astro' },
  { pattern: '/authors/[person]', file: 'authors/[person].astro' },
  { pattern: '/years/[...index]', file: 'years/[...index].astro' },
  { pattern: '/years/[year]/[...page]', file: 'years/[year]/[...page].astro' },
  { pattern: '/papers.json', file: 'papers.json.ts' },
  { pattern: '/sitemap.xml', file: 'sitemap.xml.ts' },
  { pattern: '/sitemap-[n].xml', file: 'sitemap-[n].xml.ts' },
  { pattern: '/robots.txt', file: 'robots.txt.ts' },
  { pattern: '/atom.xml', file: 'atom.xml.ts' },
  { pattern: '/rss.xml', file: 'rss.xml.ts' },
  { pattern: '/feed.json', file: 'feed.json.ts' },
  { pattern: '/manifest.webmanifest', file: 'manifest.webmanifest.ts' },
];
