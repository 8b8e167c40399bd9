import { expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

const SLUG = 'fire-together-wire-together-a-dynamic-pruning-approach-with-self-supervised';

describeInBrowser('a header result is a link that opens in a new tab', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('each option is an <a href> inside the listbox; Ctrl+click opens the paper in a new tab and leaves this one where it was', async () => {
    const paper = readPapersJson(site().outDir).papers.find((p) => p.slug === SLUG)!;
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${site().url}topics/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.keyboard.type('Hebbian');
    const option = page.locator('#header-listbox a[role="option"]').first();
    await option.waitFor();
    expect(await page.locator('#header-listbox [role="option"]').evaluateAll((os) => os.every((o) => o instanceof HTMLAnchorElement && o.href !== ''))).toBe(true);
    const href = (await option.getAttribute('href'))!;
    expect(new URL(href, site().url).pathname).toBe(paper.url);

    const [tab] = await Promise.all([context.waitForEvent('page'), option.click({ modifiers: ['Control'] })]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe(paper.url);
    expect(tab.url()).toBe(new URL(href, site().url).href);
    expect(new URL(page.url()).pathname).toBe('/papershelf/topics/');
    await context.close();
  });
});
