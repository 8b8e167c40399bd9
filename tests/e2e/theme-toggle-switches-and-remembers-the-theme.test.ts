import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser, useSample } from '../helpers/browser.ts';

describeInBrowser('the theme toggle switches and remembers the theme', () => {
  const browser = useBrowser();
  const site = useSample('/papershelf/');

  test('the button turns a light page dark, and the next page opens dark too', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(site().url);
    const light = await background();
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);

    await page.goto(`${site().url}topics/`);
    expect(await background()).toBe(dark);
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.locator('.theme-toggle').click();
    expect(await background()).toBe(light);
    await context.close();
  });
});
