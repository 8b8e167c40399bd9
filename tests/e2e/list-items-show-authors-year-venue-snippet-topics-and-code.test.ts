import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { readPapersJson, type PaperEntry } from '../helpers/build-site.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

/** A paper as papers.json gives it, with the fields a list shows. */
type Entry = PaperEntry & { authors?: string[]; date?: string; venue?: string };

/** What one list item shows, read from the page. */
interface Item {
  path: string;
  text: string;
  year: string | null;
  authors: string | null;
  snippet: string | null;
  snippetLines: number;
  code: boolean;
  chips: string[];
}

describeInBrowser('list items show what is known of each paper', () => {
  const browser = useBrowser();
  const site = useFixtureSite('hugging-face-daily-papers-with-code-and-project-links');

  test.each(['', 'all/', 'topics/generative-models/'])('the list on /%s gives each paper its authors, year, snippet, topics and code', async (path) => {
    const { url, build } = site();
    const papers = new Map((readPapersJson(build.outDir).papers as Entry[]).map((p) => [p.url, p]));
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}${path}`);
    const items: Item[] = await page.locator('main ol.paper-list > li').evaluateAll((lis) =>
      lis.map((li) => {
        const snippet = li.querySelector<HTMLElement>('.list-snippet');
        const lineHeight = snippet ? parseFloat(getComputedStyle(snippet).lineHeight) : 1;
        return {
          path: (li.querySelector(':scope > a') as HTMLAnchorElement).pathname,
          text: li.textContent ?? '',
          year: li.querySelector('.list-meta time')?.textContent ?? null,
          authors: li.querySelector('.list-authors')?.textContent ?? null,
          snippet: snippet?.textContent ?? null,
          snippetLines: snippet ? Math.round(snippet.getBoundingClientRect().height / lineHeight) : 0,
          code: li.querySelector('.code-badge') !== null,
          chips: [...li.querySelectorAll('a.chip')].map((a) => a.textContent ?? ''),
        };
      }),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const paper = papers.get(item.path)!;
      expect(paper, item.path).toBeDefined();
      if (paper.authors) {
        const first = paper.authors.slice(0, paper.authors.length > 4 ? 3 : 4);
        expect(item.authors).toBe(`${first.join(', ')}${paper.authors.length > 4 ? ' et al.' : ''}`);
      }
      if (paper.date) expect(item.year).toBe(paper.date.slice(0, 4));
      // On a topic page the topic itself is not repeated as a chip.
      if (path.startsWith('topics/')) expect(item.chips).not.toContain('Generative models');
      if (paper.venue) expect(item.text).toContain(paper.venue);
      // The opening of the abstract, two lines at most, plain text.
      expect(item.code).toBe(paper.links.code.length > 0);
      if (!paper.hasAbstract) continue;
      expect(item.snippet, item.path).toBeTruthy();
      expect(item.snippet!.length).toBeLessThanOrEqual(220);
      expect(item.snippet).not.toMatch(/[<>$]/);
      expect(item.snippetLines).toBeLessThanOrEqual(2);
    }
    expect(items.some((i) => i.authors && i.year)).toBe(true);
    expect(items.some((i) => i.code)).toBe(true);
    await page.close();
  });
});
