import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from './static-server.ts';

/** What a first search from the header downloaded: every file and its size, as served and as a static host would gzip it. */
export interface FirstSearch {
  query: string;
  bytes: number;
  /** The same files with the text ones gzipped (level 6) as static hosts serve them; Pagefind's own files and its wasm counted as they are. */
  gzipBytes: number;
  files: { url: string; bytes: number; gzipBytes: number }[];
}

/** Types static hosts (GitHub Pages, Netlify, Cloudflare) compress; Pagefind's index files are gzipped by Pagefind itself. */
const COMPRESSED = /\.(?:js|mjs|css|html|json|svg|xml|webmanifest)(?:\?|$)|\/$/;

/** The bytes a host sends for a body: gzipped for text types, as it is otherwise. */
export function servedBytes(url: string, body: Buffer): number {
  return COMPRESSED.test(url) ? Math.min(body.length, gzipSync(body, { level: 6 }).length) : body.length;
}

/**
 * Opens the topics page of the site at `siteUrl` in `page` (whose context
 * should block service workers, so only this search is counted), types
 * `query` into the header search and sums the bodies of every file fetched
 * from then until the results show and the network is idle: what a first
 * search costs a visitor. The search worker's requests count too.
 */
export async function measureFirstSearch(page: Page, siteUrl: string, query: string): Promise<FirstSearch> {
  await page.goto(`${siteUrl}topics/`, { waitUntil: 'networkidle' });
  // The body itself: Chromium reports no transfer size for the worker script.
  const fetched: Promise<{ url: string; bytes: number; gzipBytes: number }>[] = [];
  page.on('requestfinished', (req) =>
    fetched.push(
      req.response().then(async (r) => {
        const body = r ? await r.body() : Buffer.alloc(0);
        const url = req.url().replace(siteUrl, '');
        return { url, bytes: body.length, gzipBytes: servedBytes(url, body) };
      }),
    ),
  );
  await page.locator('#header-q').fill(query);
  await page.locator('#header-listbox [role="option"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(fetched);
  return { query, bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0), files };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves a built site on 127.0.0.1 and measures a first search for each
 * query ({@link measureFirstSearch}) in headless Chromium, each in a fresh
 * context without service workers. Undefined when there is no Chromium.
 */
export async function firstSearchBytes(site: string, queries: readonly string[]): Promise<FirstSearch[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const results: FirstSearch[] = [];
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      results.push(await measureFirstSearch(await context.newPage(), server.url, query));
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
