import { expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample, watchPage } from '../helpers/browser.ts';

describeInBrowser('the Cite section copies the BibTeX entry and its colours follow the theme', () => {
  const browser = useBrowser();
  const site = useSample('/');

  test('the copy button puts the entry on the clipboard', async () => {
    const paper = readPapersJson(site().outDir).papers[0]!;
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${site().origin}${paper.url}`);
    await page.click('.copy-bibtex');
    await page.locator('.copy-status', { hasText: 'Copied BibTeX.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('.cite pre').textContent());
    expect(copied).toMatch(/^@misc\{[^,]+,\n {2}title = \{/);
    expect(problems).toEqual({ errors: [], failedRequests: [] });
    await context.close();
  });

  test('the highlighted entry changes colour when the theme is toggled', async () => {
    const paper = readPapersJson(site().outDir).papers[0]!;
    const page = await browser().newPage({ colorScheme: 'light' });
    await page.goto(`${site().origin}${paper.url}`);
    const keyword = page.locator('.cite pre span span').first();
    const light = await keyword.evaluate((el) => getComputedStyle(el).color);
    await page.click('.theme-toggle');
    const dark = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(light).toBe('rgb(215, 58, 73)');
    expect(dark).not.toBe(light);
    await page.close();
  });
});
