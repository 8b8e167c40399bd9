import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** The count in the status line, once results for the current search are shown. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator('.search-status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ papers? found\b/);
  return Number((await status.textContent())!.split(' ')[0]);
}

/** The count shown beside one facet value. */
const countOf = async (page: Page, facet: string, value: string) =>
  Number((await page.locator(`input[name="${facet}"][value="${value}"] ~ .count`).textContent())!.replace(/\D/g, ''));

describeInBrowser('search page facets combine, show counts and fold on a phone', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test('two topics together list the papers of either, each count says what choosing it gives, and the address keeps both', async () => {
        const { url, origin, outDir } = site();
        const papers = readPapersJson(outDir).papers;
        const page = await browser().newPage();
        await page.goto(`${url}search/?q=mask`);
        const all = await resultCount(page);
        const [a, b] = ['Masked image modeling', 'Segmentation and detection'];
        const countA = await countOf(page, 'topic', a);
        await page.locator(`input[name="topic"][value="${a}"]`).check();
        await expect.poll(() => resultCount(page)).toBe(countA);
        const countB = await countOf(page, 'topic', b);
        await page.locator(`input[name="topic"][value="${b}"]`).check();
        const either = await resultCount(page).then(async (n) => (n === countA ? (await page.waitForTimeout(300), resultCount(page)) : n));
        expect(either).toBeGreaterThanOrEqual(Math.max(countA, countB));
        expect(either).toBeLessThanOrEqual(Math.min(all, countA + countB));
        expect(await countOf(page, 'topic', a)).toBe(countA);
        const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href));
        const slugs = ['masked-image-modeling', 'segmentation-and-detection'];
        for (const href of hrefs) expect(papers.find((p) => `${origin}${p.url}` === href.split('?')[0])!.topics.some((t) => slugs.includes(t)), href).toBe(true);
        expect(new URL(page.url()).searchParams.getAll('topic')).toEqual([a, b]);
        expect(await page.locator('.facet-summary').textContent()).toBe('(2 chosen)');
        await page.close();
      });

      test('a filter alone, without words, lists that topic; with no dated paper no order choice is offered', async () => {
        const page = await browser().newPage();
        await page.goto(`${site().url}search/?topic=Masked+image+modeling`);
        expect(await resultCount(page)).toBeGreaterThan(0);
        expect(await page.locator('.sort-row').isHidden()).toBe(true);
        await page.close();
      });

      test('on a phone the filter panel starts folded, results start on the first screen, and the panel opens by keyboard', async () => {
        const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        await page.goto(`${site().url}search/?q=mask`);
        await resultCount(page);
        const facets = page.locator('.facets');
        expect(await facets.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        const top = await page.locator('.search-results li').first().evaluate((li) => li.getBoundingClientRect().top);
        expect(top).toBeLessThan(844);
        await page.locator('.facets summary').focus();
        await page.keyboard.press('Enter');
        expect(await facets.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        await context.close();
      });
    });
  }
});
