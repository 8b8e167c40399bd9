import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

describeInBrowser('the search page has one search box, and it is focused', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('no header search on /search/; the page box has the focus and the words of the address; / still finds it', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=mask`, { waitUntil: 'networkidle' });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.locator('.header-search').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(await page.locator('#search-q').inputValue()).toBe('mask');
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    // Every other page keeps the header search.
    await page.goto(`${site().url}topics/`);
    expect(await page.locator('.header-search input[type="search"]').count()).toBe(1);
    await page.close();
  });
});
