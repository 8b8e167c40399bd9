import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeContentDir, readPapersJson, removeBuildCache, runBuild } from '../helpers/build-site.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Two deploys of one site: the second drops a paper and adds another. */
const FIRST = 'Kept paper about masks\n\nAn abstract about masks.\n\nDropped paper about vision\n\nAn abstract about vision.\n';
const SECOND = 'Kept paper about masks\n\nAn abstract about masks, revised.\n\nAdded paper about diffusion\n\nAn abstract about diffusion.\n';

/** Every address in the site's caches, without origin, a folder's index.html as the folder. */
const cachedUrls = () => `(async () => {
  const urls = [];
  for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname.replace(/index\.html$/, ''));
  return urls.sort();
})()`;

describeInBrowser('a new deploy replaces the offline copy cleanly', () => {
  const browser = useBrowser();
  let builds: string[];
  let live: string;
  let server: StaticServer;
  beforeAll(async () => {
    builds = [FIRST, SECOND].map((listing) => {
      const contentDir = makeContentDir({ 'listing.txt': listing });
      const result = runBuild(contentDir);
      removeBuildCache(contentDir);
      if (result.status !== 0) throw new Error(result.stderr);
      return result.outDir;
    });
    live = mkdtempSync(join(tmpdir(), 'papershelf-live-'));
    cpSync(builds[0]!, live, { recursive: true });
    server = await serveStatic(live);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(live, { recursive: true, force: true });
  });

  test('after the second deploy the worker updates itself, keeps the new pages and forgets the dropped one', async () => {
    const [first, second] = builds.map((dir) => readPapersJson(dir!).papers);
    const dropped = first!.find((p) => p.title.startsWith('Dropped'))!.url;
    const added = second!.find((p) => p.title.startsWith('Added'))!.url;
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const before = (await page.evaluate(cachedUrls())) as string[];
    expect(before).toContain(dropped);

    rmSync(live, { recursive: true, force: true });
    cpSync(builds[1]!, live, { recursive: true });
    await page.evaluate(async () => {
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await (await navigator.serviceWorker.getRegistration())!.update();
      await changed;
    });
    // The new worker cleans up when it activates; give it a moment to finish.
    await expect.poll(async () => (await page.evaluate(cachedUrls())) as string[], { timeout: 10_000 }).not.toContain(dropped);
    const after = (await page.evaluate(cachedUrls())) as string[];
    expect(after).toContain(added);

    await context.setOffline(true);
    await page.goto(`${server.origin}${added}`);
    expect(await page.locator('h1').textContent()).toBe('Added paper about diffusion');
    const kept = second!.find((p) => p.title.startsWith('Kept'))!.url;
    await page.goto(`${server.origin}${kept}`);
    expect(await page.locator('.abstract').textContent()).toContain('revised');
    await context.close();
  });
});
