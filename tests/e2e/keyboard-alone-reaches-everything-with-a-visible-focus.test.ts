import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** What has focus now: a short description, whether it is on screen, and whether its focus is drawn. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

describeInBrowser('the keyboard alone reaches everything, with a visible focus', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}papers/simmim-a-simple-framework-for-masked-image-modeling/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.what).toContain('Skip to content');
    expect(first?.visible).toBe(true);
    expect(first?.ring).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  test.each([
    ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
    ['search', 'search/?q=mask'],
  ])('on the %s page every element Tab reaches is on screen with a focus ring', async (_name, path) => {
    const page = await browser().newPage();
    await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
    // The search page starts with its search box focused; Tab goes on from there.
    const initial = await page.evaluate(() => document.activeElement?.id);
    // Walk from the top of the page, as on any other page.
    await page.mouse.click(1, 1);
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now) break;
      expect(now.visible, now.what).toBe(true);
      expect(now.ring, now.what).toBe(true);
      reached.push(now.what);
    }
    expect(reached.some((w) => w.includes('theme-toggle'))).toBe(true);
    // The search page has its own search box instead of the header's.
    expect(reached.some((w) => w.includes('header-q'))).toBe(!path.startsWith('search'));
    if (path.startsWith('search')) {
      expect(reached.some((w) => w.startsWith('summary'))).toBe(true);
      expect(initial).toBe('search-q');
    }
    await page.close();
  });

  test('the theme switch and the filter panel work from the keyboard', async () => {
    const page = await browser().newPage();
    await page.goto(`${site().url}search/?q=mask`, { waitUntil: 'networkidle' });
    await page.locator('.theme-toggle').focus();
    const before = await page.locator('.theme-toggle').getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).not.toBe(before);
    await page.locator('.facets input[type="checkbox"]').first().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.has('topic')).toBe(true);
    await page.close();
  });
});
