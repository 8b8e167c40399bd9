import { describe, expect, test } from 'vitest';
import { readPapersJson } from '../helpers/build-site.ts';
import { BASES, describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

describeInBrowser('offline, an unknown address shows the not-found page and a fetched .bib file loads', () => {
  const browser = useBrowser();
  for (const base of BASES) {
    describe(`at base ${base}`, () => {
      const site = useSample(base);

      test('with the network off, an address the site does not have shows its 404 page, and a .bib file read online reads again', async () => {
        const { url, origin, outDir } = site();
        const paper = readPapersJson(outDir).papers[0]!;
        const context = await browser().newContext();
        const page = await context.newPage();
        await page.goto(url);
        await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
        const bibUrl = `${origin}${paper.url.replace(/\/$/, '')}.bib`;
        const online = await page.evaluate(async (address) => (await fetch(address)).text(), bibUrl);
        expect(online).toMatch(/^@\w+\{/m);

        await context.setOffline(true);
        const response = await page.goto(`${url}no-such-page/`);
        expect(response?.fromServiceWorker()).toBe(true);
        expect(await page.locator('h1').textContent()).toMatch(/not found/i);
        // Its stylesheet comes from the cache too.
        expect(await page.evaluate(() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0))).toBeGreaterThan(0);

        const offline = await page.evaluate(async (address) => {
          const r = await fetch(address);
          return { status: r.status, text: await r.text() };
        }, bibUrl);
        expect(offline).toEqual({ status: 200, text: online });
        await context.close();
      });
    });
  }
});
