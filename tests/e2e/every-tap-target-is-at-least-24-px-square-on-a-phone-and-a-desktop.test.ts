import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const PAGES = [
  ['home', ''],
  ['topics', 'topics/'],
  ['topic', 'topics/masked-image-modeling/'],
  ['paper', 'papers/simmim-a-simple-framework-for-masked-image-modeling/'],
  ['all papers', 'all/'],
  ['search', 'search/?q=mask'],
] as const;
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;

describeInBrowser('WCAG 2.2 target size (2.5.8)', () => {
  const browser = useBrowser();
  const site = useSample('/');

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    test.each(PAGES)(`every control on the %s page is at least 24 by 24 px on a ${device}`, async (name, path) => {
      const page = await browser().newPage({ viewport });
      await page.goto(`${site().url}${path}`, { waitUntil: 'networkidle' });
      if (name === 'search') await page.locator('.search-results li').first().waitFor();
      // Open what folds, so its controls count too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      const small = await page.evaluate(() => {
        const targets = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, summary, textarea');
        const found: string[] = [];
        for (const el of targets) {
          const rect = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, .math-source, .skip-link')) continue;
          // WCAG's inline exception: a link within a sentence is sized by the text's line height.
          const parent = el.parentElement!;
          const inSentence = [...parent.childNodes].some((n) => n !== el && n.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(n.textContent ?? ''))
            || (style.display === 'inline' && getComputedStyle(parent).display === 'inline');
          if (inSentence) continue;
          // A checkbox or radio is activated by its label too: the label is the target.
          const target = el instanceof HTMLInputElement && /checkbox|radio/.test(el.type) && el.closest('label') ? el.closest('label')! : el;
          const box = target.getBoundingClientRect();
          if (box.width < 24 || box.height < 24) found.push(`${el.outerHTML.slice(0, 90)} ${Math.round(box.width)}x${Math.round(box.height)}`);
        }
        return found;
      });
      expect(small).toEqual([]);
      await page.close();
    });
  }
});
