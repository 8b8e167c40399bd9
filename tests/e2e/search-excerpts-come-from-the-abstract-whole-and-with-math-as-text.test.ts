import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

/** Zotero BibTeX with accented authors and math in titles and abstracts. */
const FIXTURE = 'zotero-bibtex-with-accents-math-and-multi-paragraph-abstracts';

/** The results of a search on the search page, once listed. */
async function results(page: Page, url: string): Promise<{ title: string; excerpt: string; marks: string[] }[]> {
  await page.goto(url);
  await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/found/);
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((li) => ({ title: li.querySelector('a')!.textContent!, excerpt: li.querySelector('p')?.textContent ?? '', marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!) })),
  );
}

describeInBrowser('search excerpts come from the abstract, whole, with math as text', () => {
  const browser = useBrowser();
  const site = useFixtureSite(FIXTURE);

  test('an author’s name finds the paper; its excerpt repeats neither title nor authors and starts the abstract', async () => {
    const page = await browser().newPage();
    const [hit, ...rest] = await results(page, `${site().url}search/?q=M%C3%BCller`);
    expect(rest).toEqual([]);
    expect(hit!.title).toBe('Entropic Transport for Schrödinger Bridges: O(n log n) Solvers with Sparse Kernels');
    expect(hit!.excerpt.startsWith('We study')).toBe(true);
    expect(hit!.excerpt).not.toContain('Müller');
    expect(hit!.excerpt).not.toContain('Entropic Transport for');
    await page.close();
  });

  test('math in titles and excerpts reads as text, never as TeX, and an excerpt cut mid-sentence ends with an ellipsis', async () => {
    const page = await browser().newPage();
    const hits = await results(page, `${site().url}search/?q=quadratic+cost`);
    expect(hits.length).toBe(1);
    for (const hit of hits) {
      expect(hit.excerpt).toContain('c(x,y) = ‖x-y‖²');
      expect(hit.excerpt).not.toMatch(/\$|\\[a-z]/);
      expect(hit.excerpt).toMatch(/[.!?]$|…$/);
      expect(hit.marks).toEqual(expect.arrayContaining(['quadratic', 'cost']));
    }
    const [schedules] = await results(page, `${site().url}search/?q=variance`);
    expect(schedules!.excerpt).toContain('σₜ²');
    await page.close();
  });
});
