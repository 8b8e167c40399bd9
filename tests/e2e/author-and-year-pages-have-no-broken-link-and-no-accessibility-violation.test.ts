import { describe, expect, test } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';
import { addressesOf, startTags } from '../helpers/html.ts';

/** The bundled sample has no authors or dates; a fixture that has both shows these pages. */
const FIXTURE = 'physics-papers-by-shared-authors-get-one-page-per-person';

const PAGES = [
  ['home with selected and our papers', ''],
  ['author index', 'authors/'],
  ['author index, a later page', 'authors/page/2/'],
  ['a highlighted person', 'authors/alfons-g-hoekstra/'],
  ['paper with a highlighted author', 'papers/convergence-of-the-discrete-dipole-approximation-i-theoretical-analysis/'],
  ['years', 'years/'],
  ['a year', 'years/2006/'],
  ['search with the author facet', 'search/?q=dipole&author=Maxim+A.+Yurkin'],
] as const;

describeInBrowser('author and year pages', () => {
  const browser = useBrowser();
  const site = useFixtureSite(FIXTURE);

  test('link only to addresses that answer, from the home page down to every person and year', async () => {
    const { url, origin } = site();
    const context = await browser().newContext();
    const queue = [url];
    const seen = new Set(queue);
    const broken: string[] = [];
    let people = 0;
    while (queue.length > 0) {
      const address = queue.shift()!;
      const response = await context.request.get(address);
      if (response.status() !== 200) broken.push(`${address}: ${response.status()}`);
      const path = new URL(address).pathname;
      // Follow the lists (home, authors, years, topics); papers and people only need to answer.
      if (!/^\/(?:|authors\/(?:page\/\d+\/)?|years\/(?:\d{4}\/(?:\d+\/)?)?)$/.test(path)) continue;
      for (const tag of startTags(await response.text())) {
        for (const found of addressesOf(tag)) {
          const next = new URL(found, address);
          next.hash = '';
          if (next.origin !== origin || seen.has(next.href)) continue;
          seen.add(next.href);
          if (next.pathname.startsWith('/authors/') && !next.pathname.startsWith('/authors/page/')) people++;
          queue.push(next.href);
        }
      }
    }
    await context.close();
    expect(broken).toEqual([]);
    expect(people).toBeGreaterThan(400);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      test.each(PAGES)('axe-core finds no violation on the %s page', async (name, path) => {
        const context = await browser().newContext({ colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
        if (name.startsWith('search')) await page.locator('.search-results li').first().waitFor();
        expect(await runAxe(page)).toEqual([]);
        await context.close();
      });
    });
  }
});
