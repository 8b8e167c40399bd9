import { describe, expect, test } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const PAGES = [
  ['home', ''],
  ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
  ['topic', 'topics/masked-image-modeling/'],
  ['search', 'search/?q=mask'],
] as const;

describeInBrowser('axe-core on a phone', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      test.each(PAGES)('finds no violation on the %s page, with the contents box and then the topics menu open', async (name, path) => {
        const context = await browser().newContext({ colorScheme: theme, viewport: { width: 390, height: 844 }, hasTouch: true });
        const page = await context.newPage();
        await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('.search-results li').first().waitFor();
        const contents = page.locator('.toc summary');
        if (await contents.count()) await contents.tap();
        expect(await runAxe(page)).toEqual([]);
        await page.getByRole('button', { name: 'Topics', exact: true }).tap();
        await page.getByRole('navigation', { name: 'Topics' }).waitFor();
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    });
  }
});
