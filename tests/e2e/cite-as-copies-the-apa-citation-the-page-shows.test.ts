import { expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample, watchPage } from '../helpers/browser.ts';

describeInBrowser('"Cite as" copies a formatted citation', () => {
  const browser = useBrowser();
  const site = useSample('/');

  test('the APA copy button puts the APA citation on the clipboard as the page shows it', async () => {
    const paper = readPapersJson(site().outDir).papers[0]!;
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${site().origin}${paper.url}`);
    // APA is the default style, so it comes first.
    expect(await page.locator('.cite-as [data-style]').first().getAttribute('data-style')).toBe('apa');
    expect(await page.locator('.cite-as dt').allTextContents()).toEqual(['APA', 'IEEE', 'Chicago']);
    const apa = page.locator('.cite-as [data-style="apa"]');
    await apa.getByRole('button', { name: 'Copy the APA citation' }).click();
    await page.locator('.copy-status', { hasText: 'Copied APA.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await apa.locator('.citation').innerText());
    // The sample is a listing: title, no date, and the paper's page as the place to find it.
    expect(copied.startsWith(`${paper.title}. (n.d.). Retrieved http`), copied).toBe(true);
    expect(copied.endsWith(paper.url), copied).toBe(true);
    expect(problems).toEqual({ errors: [], failedRequests: [] });
    await context.close();
  });
});
