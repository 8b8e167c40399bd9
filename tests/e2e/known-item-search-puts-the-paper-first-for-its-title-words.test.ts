import { expect, test } from 'vitest';
import { RANKING } from '../../src/lib/client/pagefind.ts';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';
import { distinctiveQuery } from '../helpers/known-item.ts';

/** Share of titles whose paper must come first. */
const TARGET = 0.95;

describeInBrowser('known-item search puts the paper first for its title words', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test.for([{ words: 4 }, { words: 3 }])(`for at least ${TARGET * 100} in 100 sample titles, the first $words significant title words find that paper first`, async ({ words }) => {
    const { url, outDir } = site();
    const papers = readPapersJson(outDir).papers;
    const page = await browser().newPage();
    await page.goto(url);
    const cases = papers.map((p) => ({ url: p.url, title: p.title, query: distinctiveQuery(p.title, words) }));
    // The real bundle, with the options the site's own search sets. A string, so
    // Vitest leaves the browser's own import() alone.
    const args = { base: new URL(url).pathname, ranking: RANKING, queries: cases.map((c) => c.query) };
    const firsts = (await page.evaluate(`(async ({ base, ranking, queries }) => {
      const pagefind = await import(base + 'pagefind/pagefind.js');
      await pagefind.options({ baseUrl: base, ranking });
      const out = [];
      for (const q of queries) {
        const search = await pagefind.search(q);
        out.push(search.results.length ? (await search.results[0].data()).url.split('?')[0] : '');
      }
      return out;
    })(${JSON.stringify(args)})`)) as string[];
    const misses = cases.filter((c, i) => firsts[i] !== c.url).map((c) => `${c.query}  →  wanted “${c.title}”, got ${firsts[cases.indexOf(c)] || 'nothing'}`);
    const rate = (cases.length - misses.length) / cases.length;
    console.log(`known-item hit rate, ${words} title words: ${(rate * 100).toFixed(1)}% (${cases.length - misses.length}/${cases.length})${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(cases.length).toBe(73);
    expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
    await page.close();
  });
});
