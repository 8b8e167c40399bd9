import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, ROOT, SITE_URL, type BuildResult } from '../helpers/build-site.ts';
import { readPages, startTags } from '../helpers/html.ts';

const BASE = '/papershelf/';
const ORIGIN_AND_BASE = `${SITE_URL}${BASE}`;

let site: BuildResult;
let pages: Map<string, string>;
beforeAll(() => {
  site = buildSampleOrFail(BASE);
  pages = readPages(site.outDir);
});

/** The content of `<meta property|name=key>` in a page. */
const meta = (html: string, key: string) => startTags(html).find((t) => t.name === 'meta' && (t.attrs.property === key || t.attrs.name === key))?.attrs.content;

test('every page has a canonical URL on the public origin and base path, matching its og:url', () => {
  for (const [path, html] of pages) {
    if (path === '404.html') continue;
    const canonical = startTags(html).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
    expect(canonical, path).toBe(`${ORIGIN_AND_BASE}${path.replace(/index\.html$/, '')}`);
    expect(meta(html, 'og:url'), path).toBe(canonical);
  }
});

test('every page has Open Graph and Twitter title and description, paper pages as articles', () => {
  for (const [path, html] of pages) {
    for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description']) {
      expect(meta(html, key), `${path} ${key}`).toBeTruthy();
    }
    if (path.startsWith('papers/')) expect(meta(html, 'og:type')).toBe('article');
  }
});

test('sitemap.xml lists every page by its canonical URL, and robots.txt points at it', () => {
  const sitemap = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  for (const p of readPapersJson(site.outDir).papers) expect(locs).toContain(`${SITE_URL}${p.url}`);
  expect(locs).toContain(ORIGIN_AND_BASE);
  expect(locs).toContain(`${ORIGIN_AND_BASE}search/`);
  expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${ORIGIN_AND_BASE}sitemap.xml`);
});

test('the favicon, touch icon and manifest every page links exist, and .nojekyll is in the output', () => {
  const html = pages.get('index.html')!;
  for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
    const href = startTags(html).find((t) => t.name === 'link' && t.attrs.rel === rel)?.attrs.href;
    expect(href?.startsWith(BASE), rel).toBe(true);
    expect(existsSync(join(site.outDir, href!.slice(BASE.length))), rel).toBe(true);
  }
  expect(existsSync(join(site.outDir, '.nojekyll'))).toBe(true);
});

test('the GitHub Pages workflow builds with the base path and origin from the official Pages actions and deploys dist/', () => {
  const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'deploy.yml'), 'utf8');
  for (const action of ['actions/checkout@', 'actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) expect(workflow).toContain(action);
  expect(workflow).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
  expect(workflow).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}/');
  expect(workflow).toMatch(/path: dist\b/);
  expect(workflow).toMatch(/pages: write/);
  expect(workflow).toMatch(/id-token: write/);
  expect(workflow).toMatch(/environment:\s*\n\s*name: github-pages/);
});
