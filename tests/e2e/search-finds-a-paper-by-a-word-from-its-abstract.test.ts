import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample, watchPage } from '../helpers/browser.ts';

/** A word that only one abstract of the sample uses. */
const WORD = 'Hebbian';
const SLUG = 'fire-together-wire-together-a-dynamic-pruning-approach-with-self-supervised';
/** The sample paper with a hand-written note. */
const NOTED_SLUG = 'simmim-a-simple-framework-for-masked-image-modeling';

describeInBrowser('search finds a paper by a word from its abstract', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test(`search/?q=${WORD} lists that paper, and only it, linking to its page`, async () => {
        const paper = readPapersJson(site().outDir).papers.find((p) => p.slug === SLUG)!;
        const page = await browser().newPage();
        const problems = watchPage(page);
        await page.goto(`${site().url}search/?q=${WORD}`);
        const results = page.locator('.search-results li a');
        await results.first().waitFor();
        expect(await results.allTextContents()).toEqual([paper.title]);
        expect(await page.locator('.search-status').textContent()).toBe('1 paper found');
        expect(await page.locator('.search-results mark').first().textContent()).toBe(WORD);
        await results.first().click();
        // The result carries the matched word along, for highlighting on the paper page.
        await page.waitForURL((u) => u.pathname === paper.url);
        expect(new URL(page.url()).searchParams.get('highlight')?.toLowerCase()).toBe(WORD.toLowerCase());
        expect(await page.locator('h1').textContent()).toBe(paper.title);
        expect(problems).toEqual({ errors: [], failedRequests: [] });
        await page.close();
      });

      test('a word only in a hand-written note finds the paper with that note', async () => {
        // content/notes/simmim-…mdx: "… how little machinery masked image modeling really needs."
        const paper = readPapersJson(site().outDir).papers.find((p) => p.slug === NOTED_SLUG)!;
        const page = await browser().newPage();
        await page.goto(`${site().url}search/?q=machinery`);
        const results = page.locator('.search-results li a');
        await results.first().waitFor();
        expect(await results.allTextContents()).toEqual([paper.title]);
        await page.close();
      });

      test('excerpts quote the abstract, never the page\'s "Abstract" heading', async () => {
        const page = await browser().newPage();
        await page.goto(`${site().url}search/?q=mask`);
        const excerpts = page.locator('.search-results li p');
        await excerpts.first().waitFor();
        const texts = await excerpts.allTextContents();
        expect(texts.length).toBe(20);
        expect(texts.filter((t) => /\bAbstract\.\s/.test(t))).toEqual([]);
        await page.close();
      });
    });
  }
});
