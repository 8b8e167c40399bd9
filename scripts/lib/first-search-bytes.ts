import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/helpers/static-server.ts';

/** What a first search from the header downloaded. */
export interface FirstSearch {
  query: string;
  bytes: number;
  files: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves a built site on 127.0.0.1, opens its topics page in headless
 * Chromium without the service worker, types each query into the header
 * search of a fresh page and sums the bytes of every file fetched from then
 * until the results show and the network is idle: what a first search costs a
 * visitor. Undefined when there is no Chromium.
 */
export async function firstSearchBytes(site: string, queries: readonly string[]): Promise<FirstSearch[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const results: FirstSearch[] = [];
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.url}topics/`, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (req) => sizes.push(req.response().then(async (r) => (r ? (await r.body()).length : 0))));
      await page.locator('#header-q').fill(query);
      await page.locator('#header-listbox [role="option"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      results.push({ query, bytes, files: sizes.length });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
