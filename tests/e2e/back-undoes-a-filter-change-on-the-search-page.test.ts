import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** The count in the status line, once results for the current search are shown. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found\b/);
  return Number((await status.textContent())!.split(' ')[0]);
}

const box = (page: Page, value: string) => page.locator(`input[name="topic"][value="${value}"]`);

describeInBrowser('Back undoes a filter change on the search page', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('each filter is one history entry: Back unchecks the last one and lists what was listed before, Forward redoes it; typing adds no entry', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}topics/`);
    await page.goto(`${site().url}search/?q=mask`);
    const all = await resultCount(page);
    const [a, b] = ['Masked image modeling', 'Segmentation and detection'];
    await box(page, a).check();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeLessThan(all);
    const onlyA = await resultCount(page);
    await box(page, b).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('topic')).toEqual([a, b]);

    await page.goBack();
    await expect.poll(() => box(page, b).isChecked()).toBe(false);
    expect(await box(page, a).isChecked()).toBe(true);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(onlyA);
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([a]);

    await page.goBack();
    await expect.poll(() => box(page, a).isChecked()).toBe(false);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(all);
    expect(new URL(page.url()).pathname).toBe('/papershelf/search/');

    await page.goForward();
    await expect.poll(() => box(page, a).isChecked()).toBe(true);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(onlyA);

    // Words typed rewrite the current entry: Back still leaves the filter, not a letter.
    await page.locator('#search-q').fill('masked');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('masked');
    await page.goBack();
    await expect.poll(() => box(page, a).isChecked()).toBe(false);
    expect(await page.locator('#search-q').inputValue()).toBe('mask');
    await page.close();
  });
});
