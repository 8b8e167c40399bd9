import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample, watchPage } from '../helpers/browser.ts';

const SLUG = 'fire-together-wire-together-a-dynamic-pruning-approach-with-self-supervised';

describeInBrowser('the header search lists results as you type and works by keyboard', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test('a page loads no Pagefind file until the search is used', async () => {
        const page = await browser().newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`${site().url}topics/`, { waitUntil: 'networkidle' });
        expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
        await page.keyboard.press('/');
        await page.keyboard.type('Hebbian');
        await page.locator('#header-listbox [role="option"]').first().waitFor();
        expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
        await page.close();
      });

      test('/ focuses the field; arrows choose a result, Enter opens it and the matched word is highlighted there', async () => {
        const paper = readPapersJson(site().outDir).papers.find((p) => p.slug === SLUG)!;
        const page = await browser().newPage();
        const problems = watchPage(page);
        await page.goto(site().url, { waitUntil: 'networkidle' });
        await page.keyboard.press('/');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
        await page.keyboard.type('Hebbian');
        const options = page.locator('#header-listbox [role="option"]');
        await options.first().waitFor();
        const input = page.locator('#header-q');
        expect(await input.getAttribute('aria-expanded')).toBe('true');
        expect(await options.count()).toBe(2);
        expect(await options.first().locator('.option-title').textContent()).toBe(paper.title);
        expect(await options.first().locator('mark').first().textContent()).toBe('Hebbian');
        expect(await options.last().textContent()).toBe('All 1 results for “Hebbian”');

        await page.keyboard.press('ArrowDown');
        expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
        expect(await options.first().getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('ArrowUp');
        expect(await options.last().getAttribute('aria-selected')).toBe('true');
        await page.keyboard.press('ArrowDown');
        await Promise.all([page.waitForURL((u) => u.pathname === paper.url), page.keyboard.press('Enter')]);
        expect(new URL(page.url()).searchParams.get('highlight')?.toLowerCase()).toBe('hebbian');
        const marks = page.locator('.abstract mark.pagefind-highlight');
        await marks.first().waitFor();
        expect(await marks.allTextContents()).toContain('Hebbian');
        // Only inside the indexed body, never in the header or the ignored parts.
        expect(await page.locator('mark.pagefind-highlight').count()).toBe(await page.locator('[data-pagefind-body] mark.pagefind-highlight').count());
        expect(problems).toEqual({ errors: [], failedRequests: [] });
        await page.close();
      });

      test('Escape closes the list; Ctrl+K focuses the field from anywhere; the last option opens the search page', async () => {
        const page = await browser().newPage();
        await page.goto(`${site().url}topics/`, { waitUntil: 'networkidle' });
        await page.locator('main a').first().focus();
        await page.keyboard.press('Control+k');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
        await page.keyboard.type('mask');
        const list = page.locator('#header-listbox');
        await list.locator('[role="option"]').first().waitFor();
        await page.keyboard.press('Escape');
        expect(await list.isHidden()).toBe(true);
        expect(await page.locator('#header-q').getAttribute('aria-expanded')).toBe('false');
        await page.keyboard.press('ArrowUp');
        expect(await list.isVisible()).toBe(true);
        await Promise.all([page.waitForURL(`${site().url}search/?q=mask`), page.keyboard.press('Enter')]);
        await page.locator('.search-results li').first().waitFor();
        await page.close();
      });

      test('a paper page opened without ?highlight= loads no highlighter', async () => {
        const paper = readPapersJson(site().outDir).papers[0]!;
        const page = await browser().newPage();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(`${site().origin}${paper.url}`, { waitUntil: 'networkidle' });
        expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
        expect(await page.locator('mark').count()).toBe(0);
        await page.close();
      });
    });
  }
});
