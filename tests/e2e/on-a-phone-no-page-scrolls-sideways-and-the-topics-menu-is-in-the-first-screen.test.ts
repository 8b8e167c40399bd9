import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** Every kind of page of the sample. */
const PAGES = [
  ['home', ''],
  ['topics', 'topics/'],
  ['topic', 'topics/masked-image-modeling/'],
  ['topic by title', 'topics/masked-image-modeling/by-title/'],
  ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
  ['all papers', 'all/'],
  ['search', 'search/?q=mask'],
  ['not found', '404.html'],
] as const;
const PHONE = { width: 390, height: 844 };

describeInBrowser('on a phone', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test.each(PAGES)('the %s page scrolls only down, under a header at most 64 px tall', async (name, path) => {
    const page = await browser().newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
    if (name === 'search') await page.locator('.search-results li').first().waitFor();
    const { scrollWidth, header } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      header: document.querySelector('.site-header')!.getBoundingClientRect().height,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(header).toBeLessThanOrEqual(64);
    await page.close();
  });

  test.each(PAGES)('the %s page opens the topics menu from the first screen, and Escape closes it', async (_, path) => {
    const page = await browser().newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(`${site().url}${path}`);
    const menu = page.getByRole('button', { name: 'Topics', exact: true });
    const box = (await menu.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const topics = page.getByRole('navigation', { name: 'Topics' });
    expect(await topics.isVisible()).toBe(false);
    await menu.tap();
    await expect.poll(() => topics.isVisible()).toBe(true);
    const link = topics.getByRole('link', { name: /Masked image modeling/ });
    expect(await link.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => topics.isVisible()).toBe(false);
    await menu.tap();
    await link.tap();
    await page.waitForURL(/\/topics\/masked-image-modeling\/$/);
    await page.close();
  });

  test('a paper page folds its contents into a box that opens, and wraps its BibTeX', async () => {
    const page = await browser().newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(`${site().url}papers/simmim-a-simple-framework-for-masked-image-modeling/`);
    const box = page.locator('.toc details');
    expect(await box.getAttribute('open')).toBe(null);
    await box.locator('summary').tap();
    const cite = box.getByRole('link', { name: 'Cite' });
    await cite.tap();
    await page.waitForURL(/#cite$/);
    const code = page.locator('.cite-code pre');
    expect(await code.evaluate((pre) => pre.scrollWidth <= pre.clientWidth)).toBe(true);
    // Previous and next stack: one under the other, each the full width.
    const cards = await page.locator('.prev-next a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    for (const card of cards) expect(card.width).toBeGreaterThan(PHONE.width * 0.8);
    await page.close();
  });
});
