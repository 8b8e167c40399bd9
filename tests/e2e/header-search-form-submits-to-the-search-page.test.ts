import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

describeInBrowser('the header search form submits to the search page', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test.each([
        ['the home page', ''],
        ['a paper page', 'paper'],
      ])('from %s, Enter in the header field opens search/?q=... with results', async (_name, from) => {
        const { url, outDir } = site();
        const papers = readPapersJson(outDir).papers;
        const page = await browser().newPage();
        await page.goto(from === 'paper' ? `${site().origin}${papers[10]!.url}` : url);
        await page.fill('#header-q', 'Hebbian');
        await page.press('#header-q', 'Enter');
        await page.waitForURL(`${url}search/?q=Hebbian`);
        // The page's script fills the field from the address; it may run just after load.
        await expect.poll(() => page.inputValue('#search-q')).toBe('Hebbian');
        await page.locator('.search-results li a').first().waitFor();
        expect(await page.locator('.search-results li a').allTextContents()).toEqual([papers.find((p) => p.slug.startsWith('fire-together'))!.title]);
        await page.close();
      });
    });
  }
});
