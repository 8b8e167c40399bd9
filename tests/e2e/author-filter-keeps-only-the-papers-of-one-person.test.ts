import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

/** The count in the status line, once results for the current state are shown. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found/);
  return Number((await status.textContent())!.split(' ')[0]);
}

describeInBrowser('the author filter', () => {
  const browser = useBrowser();
  const site = useFixtureSite('physics-papers-by-shared-authors-get-one-page-per-person');

  test('keeps the papers of one person under every spelling, and the address remembers it', async () => {
    const { url } = site();
    const page = await browser().newPage();
    // The person's page says which papers are theirs: two spelled "M. A. Yurkin", two "Maxim A. Yurkin".
    await page.goto(`${url}authors/maxim-a-yurkin/`);
    const theirs = await page.locator('main ol.paper-list > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).sort());
    expect(theirs.length).toBe(4);

    await page.goto(`${url}search/?q=dipole`);
    const all = await resultCount(page);
    const box = page.locator('input[name="author"][value="Maxim A. Yurkin"]');
    // One of the most published authors: among the few shown before "more".
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(all).toBeGreaterThan(4);
    await box.check();
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(4);
    const found = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname).sort());
    expect(found).toEqual(theirs);
    expect(new URL(page.url()).searchParams.getAll('author')).toEqual(['Maxim A. Yurkin']);

    await page.reload();
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(4);
    await page.close();
  });

  test('folds the rarely used authors under "more", still one click away', async () => {
    const { url } = site();
    const page = await browser().newPage();
    await page.goto(`${url}search/`);
    const fieldset = page.locator('fieldset[data-facet="author"]');
    await fieldset.waitFor();
    const more = fieldset.locator('details.facet-more');
    expect(await more.locator('summary').textContent()).toMatch(/^\d+ more$/);
    const folded = more.locator('input[name="author"]').first();
    expect(await folded.isVisible()).toBe(false);
    await more.locator('summary').click();
    expect(await folded.isVisible()).toBe(true);
    await page.close();
  });
});
