import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const PAPER = 'papers/simmim-a-simple-framework-for-masked-image-modeling/';

describeInBrowser('on a desktop', () => {
  const browser = useBrowser();
  const site = useSample('/');

  test('the topics and the contents stay in view while the page scrolls, and the contents mark the section being read', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site().url}${PAPER}`);
    const current = () => page.locator('.toc a[aria-current="true"]').allTextContents();
    await expect.poll(current).toEqual(['Abstract']);
    await page.locator('.toc').getByRole('link', { name: 'Cite' }).click();
    await expect.poll(current).toEqual(['Cite']);
    const inView = await page.evaluate(() => ['.sidebar', '.toc details', '.site-header'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
    for (const top of inView) {
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(120);
    }
    // At the very bottom the last section is the current one, however short it is.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(current).toEqual(['Related papers']);
    await page.close();
  });

  test('the header lines up with the page: the title over the topics, the search over the content', async () => {
    const page = await browser().newPage({ viewport: { width: 1920, height: 1000 } });
    await page.goto(`${site().url}${PAPER}`);
    const x = await page.evaluate(() => Object.fromEntries(['.site-title', '.header-search', '.sidebar', 'main', '.theme-toggle', '.toc'].map((s) => [s, document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect])));
    expect(Math.abs(x['.site-title']!.left - x['.sidebar']!.left)).toBeLessThanOrEqual(12);
    expect(Math.abs(x['.header-search']!.left - x['main']!.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(x['.theme-toggle']!.right - x['.toc']!.right)).toBeLessThanOrEqual(2);
    await page.close();
  });

  test('an abstract runs at most 75 characters to the line', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site().url}${PAPER}`);
    const longest = await page.locator('.abstract p').first().evaluate((p) => {
      // Characters per rendered line, read from the position of each character.
      const text = p.firstChild!;
      const range = document.createRange();
      const lines = new Map<number, number>();
      for (let i = 0; i < (text.textContent ?? '').length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
      return Math.max(...lines.values());
    });
    expect(longest).toBeGreaterThanOrEqual(55);
    expect(longest).toBeLessThanOrEqual(75);
    await page.close();
  });
});
