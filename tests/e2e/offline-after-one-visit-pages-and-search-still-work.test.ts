import { describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPapersJson, ROOT } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const SLUG = 'fire-together-wire-together-a-dynamic-pruning-approach-with-self-supervised';

describeInBrowser('offline after one visit, pages and search still work', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test('after the home page online, a never-visited paper page loads and search with a filter finds it, with the network off', async () => {
        const { url, origin, outDir } = site();
        const paper = readPapersJson(outDir).papers.find((p) => p.slug === SLUG)!;
        const context = await browser().newContext();
        const page = await context.newPage();
        mkdirSync(join(ROOT, 'test-results', 'screenshots'), { recursive: true });
        await page.goto(url);
        // The worker is active once it has saved everything it precaches; it claims this page at once.
        const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
        expect(scope).toBe(url);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

        await context.setOffline(true);
        const response = await page.goto(`${origin}${paper.url}`);
        expect(response?.status()).toBe(200);
        expect(response?.fromServiceWorker()).toBe(true);
        expect(await page.locator('h1').textContent()).toBe(paper.title);

        await page.goto(`${url}search/?q=Hebbian&topic=${encodeURIComponent(await page.locator('.paper-meta a').first().textContent() ?? '')}`);
        const results = page.locator('.search-results li a');
        await results.first().waitFor({ timeout: 15_000 });
        expect(await results.allTextContents()).toEqual([paper.title]);
        await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', `offline-search${base.replace(/\W+/g, '-')}.png`) });

        // Following the result offline opens the paper with the word highlighted.
        await results.first().click();
        await page.locator('mark.pagefind-highlight').first().waitFor();
        await context.close();
      });

      test('the header search answers offline too', async () => {
        const context = await browser().newContext();
        const page = await context.newPage();
        await page.goto(`${site().url}topics/`);
        await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        await context.setOffline(true);
        await page.reload();
        await page.locator('#header-q').fill('masked autoencoders');
        await page.locator('#header-listbox [role="option"]').first().waitFor({ timeout: 15_000 });
        expect(await page.locator('#header-listbox [role="option"]').count()).toBeGreaterThan(1);
        await context.close();
      });
    });
  }
});
