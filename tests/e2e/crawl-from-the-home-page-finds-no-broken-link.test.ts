import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';
import { addressesOf, startTags } from '../helpers/html.ts';

/** What a crawl saw: every same-origin address with its status, the pages, and requests to any other origin. */
interface Crawl {
  status: Map<string, number>;
  pages: Set<string>;
  rendered: string[];
  foreign: Set<string>;
}

/** The kind of page at a path below the base: `''` (home), `topics/`, `topics/*`, `papers/*`, `search/`, ... */
const kindOf = (rest: string) => rest.replace(/^([^/]+\/)[^/]+\/$/, '$1*');

/**
 * Requests every address reachable from `start` on its origin: pages, and
 * everything they link or load. The first page of each kind is also opened
 * in Chromium, so what its scripts fetch (the Pagefind bundle on the search
 * page) is checked too and any request to another origin is caught; the rest
 * are fetched without rendering, which keeps a crawl of the whole site fast.
 */
async function crawl(page: Page, start: string): Promise<Crawl> {
  const { origin, pathname: base } = new URL(start);
  const result: Crawl = { status: new Map(), pages: new Set(), rendered: [], foreign: new Set() };
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== origin && !req.url().startsWith('data:')) result.foreign.add(req.url());
  });
  page.on('response', (res) => result.status.set(res.url().split('#')[0]!, res.status()));
  const kinds = new Set<string>();
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const address = queue.shift()!;
    const response = await page.request.get(address);
    result.status.set(address, response.status());
    const path = new URL(address).pathname;
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html') || response.status() !== 200) continue;
    result.pages.add(path);
    const kind = kindOf(path.slice(base.length));
    if (!kinds.has(kind)) {
      kinds.add(kind);
      result.rendered.push(path);
      // The search page keeps fetching after `load` (the Pagefind bundle): wait for it to go quiet.
      await page.goto(address, { waitUntil: kind === 'search/' ? 'networkidle' : 'load' });
    }
    for (const tag of startTags(await response.text())) {
      for (const found of addressesOf(tag)) {
        const url = new URL(found, address);
        url.hash = '';
        if (url.origin !== origin || seen.has(url.href)) continue;
        seen.add(url.href);
        queue.push(url.href);
      }
    }
  }
  return result;
}

describeInBrowser('a crawl from the home page finds no broken link', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);
      let result: Crawl;
      beforeAll(async () => {
        const page = await browser().newPage();
        result = await crawl(page, site().url);
        await page.close();
      });

      test('every internal link and asset answers 200', () => {
        const broken = [...result.status].filter(([, status]) => status !== 200).map(([url, status]) => `${status} ${url}`);
        expect(broken).toEqual([]);
      });

      test('the crawl reached every paper, every topic page and the search page with its Pagefind bundle', () => {
        const { papers } = readPapersJson(site().outDir);
        for (const p of papers) expect(result.pages.has(p.url), p.url).toBe(true);
        for (const topic of new Set(papers.flatMap((p) => p.topics))) expect(result.pages.has(`${base}topics/${topic}/`), topic).toBe(true);
        expect(result.rendered).toContain(`${base}search/`);
        const bundle = [...result.status.keys()].filter((url) => url.startsWith(`${site().url}pagefind/`));
        expect(bundle.some((url) => url.endsWith('/pagefind.js'))).toBe(true);
        expect(bundle.some((url) => /\.pagefind$/.test(url))).toBe(true);
      });

      test('no page made a request to another origin', () => {
        expect(result.rendered.length).toBeGreaterThanOrEqual(5);
        expect([...result.foreign]).toEqual([]);
      });
    });
  }
});
