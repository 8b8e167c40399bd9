import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** A word in 55 of the 73 sample papers: three pages of results. */
const QUERY = 'learning';

/** The status line, once results for the current search are shown. */
async function status(page: Page): Promise<string> {
  const line = page.locator('.search-status');
  await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found\b/);
  return (await line.textContent())!;
}

describeInBrowser('search lists every result, page by page, up to the last', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('“Show more” adds 20 results at a time, moves focus to the first new one and keeps the count in the address; a reload lists as many', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${QUERY}`);
    expect(await status(page)).toBe('55 papers found, showing 20');
    const results = page.locator('.search-results > li');
    const more = page.locator('.more-results');
    expect(await results.count()).toBe(20);
    expect(await more.textContent()).toBe('Show 20 more results');

    await more.click();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(40);
    expect(await status(page)).toBe('55 papers found, showing 40');
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.search-results > li')[20])).toBe(true);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await more.textContent()).toBe('Show the last 15 results');

    await more.click();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(55);
    expect(await status(page)).toBe('55 papers found');
    expect(await more.isHidden()).toBe(true);
    const fiftieth = results.nth(49).locator('a').first();
    expect(await fiftieth.getAttribute('href')).toMatch(/^\/papershelf\/papers\/[^/]+\//);
    const hrefs = await page.locator('.search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs).size).toBe(55);

    // The address lists as many again, in the same order.
    expect(new URL(page.url()).searchParams.get('page')).toBe('3');
    await page.reload();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(55);
    expect(await page.locator('.search-results > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).toEqual(hrefs);
    await page.close();
  });

  test('an address asking for more pages than there are lists every result and is corrected', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${QUERY}&page=9`);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBe(55);
    expect(new URL(page.url()).searchParams.get('page')).toBe('3');
    expect(await page.locator('.more-results').isHidden()).toBe(true);
    await page.close();
  });

  test('a new word starts again from the first page', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${QUERY}&page=2`);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBe(40);
    await page.locator('#search-q').fill('mask');
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe(null);
    await expect.poll(() => status(page)).toMatch(/^\d+ papers found, showing 20$/);
    await expect.poll(() => page.locator('.search-results > li').count(), { timeout: 10_000 }).toBe(20);
    await page.close();
  });
});
