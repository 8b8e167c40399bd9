import { describe, expect, test } from 'vitest';
import { BASES, describeInBrowser, useBrowser, useSample, watchPage } from '../helpers/browser.ts';

/** One page of each kind, below the base path; the paper is the one with a hand-written note. */
const PAGES = ['', 'topics/', 'topics/masked-image-modeling/', 'papers/simmim-a-simple-framework-for-masked-image-modeling/', 'search/', 'search/?q=mask', 'papers.json'];

describeInBrowser('pages log no console errors', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test.each(PAGES.map((path) => [path || 'the home page', path]))('%s loads with no console error, uncaught exception or failed request', async (_name, path) => {
        const page = await browser().newPage();
        const problems = watchPage(page);
        const response = await page.goto(`${site().url}${path}`, { waitUntil: path.startsWith('search/') ? 'networkidle' : 'load' });
        expect(response?.status()).toBe(200);
        if (path === 'search/?q=mask') await page.locator('.search-results li').first().waitFor();
        expect(problems).toEqual({ errors: [], failedRequests: [] });
        await page.close();
      });

      test('a missing page answers 404 with the site page and no other error', async () => {
        const page = await browser().newPage();
        const problems = watchPage(page);
        const missing = `${site().url}no-such-page/`;
        const response = await page.goto(missing);
        expect(response?.status()).toBe(404);
        expect(await page.locator('h1').textContent()).toBe('Page not found');
        // Chromium reports the 404 document itself; anything else would be a real problem.
        expect(problems.failedRequests).toEqual([`${missing}: HTTP 404`]);
        expect(problems.errors.filter((e) => !e.includes('404'))).toEqual([]);
        await page.close();
      });
    });
  }
});
