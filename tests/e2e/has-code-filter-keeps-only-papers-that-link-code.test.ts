import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** The count in the status line, once results for the current state are shown. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found/);
  return Number((await status.textContent())!.split(' ')[0]);
}

describeInBrowser('the has-code filter', () => {
  const browser = useBrowser();
  const site = useSample('/');

  test('lists exactly the papers that link code, and the address remembers it', async () => {
    const { url, origin, outDir } = site();
    const papers = readPapersJson(outDir).papers;
    const withCode = papers.filter((p) => p.links.code.length > 0);
    const page = await browser().newPage();
    await page.goto(`${url}search/`);
    await page.getByLabel('Has code').check();
    expect(await resultCount(page)).toBe(withCode.length);
    const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.split('?')[0]!));
    for (const href of hrefs) expect(withCode.map((p) => `${origin}${p.url}`), href).toContain(href);
    await expect.poll(() => new URL(page.url()).search).toBe('?code=1');
    await page.reload();
    // The controls show once the script has set them from the address.
    await page.locator('.search-facets').waitFor();
    await expect.poll(() => page.getByLabel('Has code').isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(withCode.length);
    // The sample's listing has no years and no dates, so neither a year nor an order choice is offered.
    expect(await page.locator('input[name="year"]').count()).toBe(0);
    expect(await page.locator('#search-sort').isVisible()).toBe(false);
    await page.close();
  });
});
