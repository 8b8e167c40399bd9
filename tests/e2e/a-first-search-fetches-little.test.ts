import { describe, expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

/** Most a first search from the header may download, all files together (uncompressed). */
const BUDGET = 300 * 1024;

describeInBrowser('a first search fetches little', () => {
  const browser = useBrowser();
  describe('at base /papershelf/', () => {
    const site = useSample('/papershelf/');

    test(`typing a query into the header of a fresh page downloads under ${BUDGET / 1024} KB`, async () => {
      // No service worker: count what the network delivers for this search alone, not the precache.
      const context = await browser().newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${site().url}topics/`, { waitUntil: 'networkidle' });
      const fetched: { url: string; bytes: Promise<number> }[] = [];
      // The body itself: Chromium reports no transfer size for the worker script.
      page.on('requestfinished', (req) => fetched.push({ url: req.url(), bytes: req.response().then(async (r) => (r ? (await r.body()).length : 0)) }));
      // The search worker's requests belong to the page too.
      await page.locator('#header-q').fill('masked autoencoders');
      await page.locator('#header-listbox [role="option"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(fetched.map(async (f) => ({ url: f.url.replace(site().url, ''), bytes: await f.bytes })));
      const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
      console.log(`first search: ${total} bytes in ${sizes.length} files\n  ${sizes.map((s) => `${s.bytes}\t${s.url}`).join('\n  ')}`);
      expect(sizes.some((s) => s.url.endsWith('.pf_index'))).toBe(true);
      expect(total).toBeLessThan(BUDGET);
      await context.close();
    });
  });
});
