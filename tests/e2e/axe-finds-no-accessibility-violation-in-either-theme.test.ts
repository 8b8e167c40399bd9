import { describe, expect, test } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const PAGES = [
  ['home', ''],
  ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
  ['topic', 'topics/masked-image-modeling/'],
  ['topics', 'topics/'],
  ['all papers', 'all/'],
  ['search', 'search/?q=mask&topic=Masked+image+modeling'],
  ['search without results', 'search/?q=xyzzyqq&topic=Masked+image+modeling'],
  ['not found', '404.html'],
] as const;

describeInBrowser('axe-core finds no accessibility violation in either theme', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      test.each(PAGES)('%s page', async (name, path) => {
        const context = await browser().newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('.search-results li').first().waitFor();
        if (name === 'search without results') await page.locator('.no-results').waitFor();
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });

      test('header search with its result list open', async () => {
        const context = await browser().newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(site().url, { waitUntil: 'networkidle' });
        await page.keyboard.press('/');
        await page.keyboard.type('mask');
        await page.locator('#header-listbox [role="option"]').first().waitFor();
        await page.keyboard.press('ArrowDown');
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    });
  }
});
