import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** A word in many abstracts across several topics. */
const QUERY = 'mask';

/** The count in the status line, once results for the current query are shown. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found\b/);
  return Number((await status.textContent())!.split(' ')[0]);
}

/** The checkbox of one topic in the filter panel (its label also shows a count). */
const topicBox = (page: Page, name: string) => page.locator(`input[name="topic"][value="${name}"]`);

describeInBrowser('the topic filter narrows search results', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test('checking a topic keeps only the matching papers of that topic, and the address remembers it', async () => {
        const { url, origin, outDir } = site();
        const papers = readPapersJson(outDir).papers;
        const page = await browser().newPage();
        await page.goto(`${url}topics/`);
        const topicSlug = 'masked-image-modeling';
        const topicName = (await page.locator(`main a[href="${base}topics/${topicSlug}/"]`).textContent())!.trim();

        await page.goto(`${url}search/?q=${QUERY}`);
        const all = await resultCount(page);
        expect(all).toBeGreaterThan(20);
        expect(await page.locator('.search-status').textContent()).toBe(`${all} papers found, showing 20`);
        await topicBox(page, topicName).check();
        await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeLessThan(all);
        const narrowed = await resultCount(page);
        expect(narrowed).toBeGreaterThan(0);

        const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        expect(hrefs.length).toBe(Math.min(narrowed, 20));
        for (const href of hrefs) {
          const paper = papers.find((p) => `${origin}${p.url}` === href.split('?')[0]);
          expect(paper?.topics, href).toContain(topicSlug);
        }
        expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([topicName]);

        await page.reload();
        expect(await topicBox(page, topicName).isChecked()).toBe(true);
        expect(await resultCount(page)).toBe(narrowed);
        await page.close();
      });
    });
  }
});
