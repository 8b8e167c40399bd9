import { describe, expect, test } from 'vitest';
import { measureFirstSearch } from '../../scripts/lib/first-search-bytes.ts';
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
      const { bytes: total, files: sizes } = await measureFirstSearch(await context.newPage(), site().url, 'masked autoencoders');
      console.log(`first search: ${total} bytes in ${sizes.length} files\n  ${sizes.map((s) => `${s.bytes}\t${s.url}`).join('\n  ')}`);
      expect(sizes.some((s) => s.url.endsWith('.pf_index'))).toBe(true);
      expect(total).toBeLessThan(BUDGET);
      await context.close();
    });
  });
});
