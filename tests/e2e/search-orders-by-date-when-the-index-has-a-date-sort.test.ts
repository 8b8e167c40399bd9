import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeContentDir, readPapersJson, removeBuildCache, ROOT, runBuild } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** Three papers about masks; each page gets a date below, oldest first in the listing. */
const LISTING = ['Alpha masks for images', 'Beta masks for text', 'Gamma masks for audio'].map((t) => `${t}\n\nAn abstract about masks and ${t.toLowerCase()}.\n`).join('\n');
const DATES: Record<string, string> = { alpha: '2021-05-01', beta: '2023-02-01', gamma: '2022-09-01' };

/** The titles listed, in order, once the status line shows results. */
async function titles(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('.search-status').textContent()).toMatch(/found/);
  return page.locator('.search-results li a').allTextContents();
}

describeInBrowser('search orders by date when the index has a date sort', () => {
  const browser = useBrowser();
  let server: StaticServer;
  beforeAll(async () => {
    const contentDir = makeContentDir({ 'listing.txt': LISTING });
    const site = runBuild(contentDir);
    removeBuildCache(contentDir);
    if (site.status !== 0) throw new Error(site.stderr);
    // Give each paper page the date sort the page template can carry, then index again.
    for (const p of readPapersJson(site.outDir).papers) {
      const file = join(site.outDir, 'papers', p.slug, 'index.html');
      const date = DATES[p.slug.split('-')[0]!]!;
      writeFileSync(file, readFileSync(file, 'utf8').replace('</article>', `<span hidden data-pagefind-sort="date">${date}</span></article>`));
    }
    rmSync(join(site.outDir, 'pagefind'), { recursive: true, force: true });
    const pagefind = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', site.outDir], { encoding: 'utf8' });
    if (pagefind.status !== 0) throw new Error(pagefind.stderr);
    server = await serveStatic(site.outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the order choice appears, newest and oldest first reorder the results, and the address keeps the order', async () => {
    // The service worker would serve the index from before the dates were added.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=masks`);
    expect(await titles(page)).toHaveLength(3);
    const order = page.locator('#search-sort');
    await order.waitFor({ state: 'visible' });
    await order.selectOption('newest');
    await expect.poll(() => titles(page)).toEqual(['Beta masks for text', 'Gamma masks for audio', 'Alpha masks for images']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await order.selectOption('oldest');
    await expect.poll(() => titles(page)).toEqual(['Alpha masks for images', 'Gamma masks for audio', 'Beta masks for text']);
    await page.reload();
    await expect.poll(() => page.locator('#search-sort').inputValue()).toBe('oldest');
    await expect.poll(() => titles(page)).toEqual(['Alpha masks for images', 'Gamma masks for audio', 'Beta masks for text']);
    await context.close();
  });
});
