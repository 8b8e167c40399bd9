import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeContentDir, removeBuildCache, runBuild } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Three dated papers about masks and an undated one (CSL-JSON, as Zotero exports it), listed neither oldest nor newest first. */
const CSL = JSON.stringify([
  ['Alpha masks for images', [2021, 5, 1]],
  ['Delta masks without a date', undefined],
  ['Beta masks for text', [2023, 2, 1]],
  ['Gamma masks for audio', [2022, 9, 1]],
].map(([title, parts], i) => ({ id: `item-${i}`, type: 'article-journal', title, abstract: `An abstract about masks and ${String(title).toLowerCase()}.`, ...(parts ? { issued: { 'date-parts': [parts] } } : {}) })), null, 2);

/** The titles listed, in order, once the status line shows results. */
async function titles(page: Page): Promise<string[]> {
  // Generous: under a full parallel test run the first search can take seconds.
  await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toMatch(/found/);
  return page.locator('.search-results li a').allTextContents();
}

describeInBrowser('search orders by date when papers have dates', () => {
  const browser = useBrowser();
  let server: StaticServer;
  beforeAll(async () => {
    const contentDir = makeContentDir({ 'papers.json': CSL });
    const site = runBuild(contentDir);
    removeBuildCache(contentDir);
    if (site.status !== 0) throw new Error(`${site.stdout}\n${site.stderr}`);
    server = await serveStatic(site.outDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the order choice appears, newest and oldest first reorder the results with undated papers last, and the address keeps the order', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=masks`);
    expect(await titles(page)).toHaveLength(4);
    const order = page.locator('#search-sort');
    await order.waitFor({ state: 'visible' });
    await order.selectOption('newest');
    await expect.poll(() => titles(page)).toEqual(['Beta masks for text', 'Gamma masks for audio', 'Alpha masks for images', 'Delta masks without a date']);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
    await order.selectOption('oldest');
    await expect.poll(() => titles(page)).toEqual(['Alpha masks for images', 'Gamma masks for audio', 'Beta masks for text', 'Delta masks without a date']);
    await page.reload();
    await expect.poll(() => page.locator('#search-sort').inputValue()).toBe('oldest');
    await expect.poll(() => titles(page)).toEqual(['Alpha masks for images', 'Gamma masks for audio', 'Beta masks for text', 'Delta masks without a date']);
    await context.close();
  });
});
