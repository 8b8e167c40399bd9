import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** The status line, once results for the current search are shown. */
async function status(page: Page): Promise<string> {
  const line = page.locator('.search-status');
  await expect.poll(() => line.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found\b/);
  return (await line.textContent())!;
}

describeInBrowser('a nonsense query finds nothing, and the page says what to try', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test.each(['xyzzyqq', 'mask xyzzyqq', 'qqq'])('“%s” finds no paper: help and topics instead of results and empty filters', async (query) => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=${encodeURIComponent(query)}`);
    expect(await status(page)).toBe('0 papers found');
    expect(await page.locator('.search-results > li').count()).toBe(0);
    const help = page.locator('.no-results');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('h2').textContent()).toBe(`No paper matches “${query}”`);
    expect(await help.textContent()).toContain('Check the spelling');
    expect(await help.locator('a[href="/papershelf/topics/"]').count()).toBe(1);
    expect(await help.locator('a[href^="/papershelf/topics/"]').count()).toBeGreaterThan(3);
    // No filter was chosen, so there is none to drop and no panel of zeros.
    expect(await page.locator('.facets').isHidden()).toBe(true);
    expect(await help.locator('.drop-filters button').count()).toBe(0);
    await page.close();
  });

  test('a word with a typo at its end still finds the papers of that word', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=maskd`);
    expect(Number((await status(page)).split(' ')[0])).toBeGreaterThan(0);
    await page.close();
  });

  test('with a filter that leaves nothing, the help offers to drop it, and dropping it brings the results back', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=Hebbian&topic=Masked+image+modeling`);
    expect(await status(page)).toBe('0 papers found');
    const drop = page.locator('.no-results .drop-filters button');
    expect(await drop.allTextContents()).toEqual(['Remove topic: Masked image modeling']);
    await drop.click();
    // The line still says "0 papers found" until the search without the filter is shown: wait for that one.
    await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toBe('1 paper found');
    expect(await page.locator('.no-results').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([]);
    await page.close();
  });

  test('the header search says so too', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}topics/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.keyboard.type('xyzzyqq');
    const options = page.locator('#header-listbox [role="option"]');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toEqual(['No paper matches “xyzzyqq”: open the search page']);
    await page.close();
  });
});
