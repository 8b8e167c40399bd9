import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** Screenshots land here (git-ignored) for a person to look at. */
const SHOTS = join(ROOT, 'test-results', 'screenshots');

const PAGES = [
  ['home', ''],
  ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
  ['search', 'search/?q=mask'],
] as const;
const THEMES = ['light', 'dark'] as const;
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** WCAG contrast ratio of two `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text and background colours of the elements whose readability matters most. */
function colours(page: Page) {
  return page.evaluate(() => {
    const bg = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    const pick = ['main h1', 'main p', 'main a', '.count', '.site-title', '.topic-list a', '.search-results p', 'mark', '.note', 'footer']
      .map((sel) => [sel, document.querySelector(sel)] as const)
      .filter((pair): pair is readonly [string, Element] => pair[1] !== null);
    return pick.map(([sel, el]) => ({ sel, fg: getComputedStyle(el).color, bg: bg(el) }));
  });
}

describeInBrowser('light and dark themes stay readable on desktop and phone', () => {
  const browser = useBrowser();
  const site = useSample('/');
  mkdirSync(SHOTS, { recursive: true });

  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const theme of THEMES) {
      test.each(PAGES)(`%s, ${theme}, ${viewportName}: text contrast at least 4.5:1, no sideways scrolling, screenshot saved`, async (name, path) => {
        const context = await browser().newContext({ viewport, colorScheme: theme });
        const page = await context.newPage();
        await page.goto(`${site().url}${path}`);
        if (name === 'search') await page.locator('.search-results li').first().waitFor();
        await page.screenshot({ path: join(SHOTS, `${name}-${theme}-${viewportName}.png`), fullPage: viewportName === 'desktop' && name !== 'home' });

        const html = await page.evaluate(() => ({ bg: getComputedStyle(document.documentElement).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme }));
        expect(html.scheme).toBe(theme);
        const low = (await colours(page)).map((c) => ({ ...c, ratio: contrast(c.fg, c.bg) })).filter((c) => c.ratio < 4.5);
        expect(low).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }
});
