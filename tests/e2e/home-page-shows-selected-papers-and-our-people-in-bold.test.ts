import { expect, test } from 'vitest';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

describeInBrowser('selected papers and highlighted people', () => {
  const browser = useBrowser();
  const site = useFixtureSite('physics-papers-by-shared-authors-get-one-page-per-person');

  test('the home page opens with the selected papers, then our papers', async () => {
    const { url } = site();
    const page = await browser().newPage();
    await page.goto(url);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Selected papers', 'Our papers', 'Topics']);
    const selected = page.locator('section.selected ol.paper-list > li > a');
    expect((await selected.allTextContents()).sort()).toEqual([
      'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      'Convergence of the discrete dipole approximation. I. Theoretical analysis',
      'Effective potentials for quasicrystals from ab-initio data',
    ]);
    await page.close();
  });

  test('a highlighted person is bold in every author list and leads to their page', async () => {
    const { url } = site();
    const page = await browser().newPage();
    await page.goto(`${url}papers/convergence-of-the-discrete-dipole-approximation-i-theoretical-analysis/`);
    const authors = page.locator('.paper-authors a');
    expect(await authors.allTextContents()).toEqual(['M. A. Yurkin', 'V. P. Maltsev', 'A. G. Hoekstra']);
    const bold = page.locator('.paper-authors a strong');
    expect(await bold.allTextContents()).toEqual(['A. G. Hoekstra']);
    expect(await bold.evaluate((el) => Number(getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
    await bold.click();
    await page.waitForURL(`${url}authors/alfons-g-hoekstra/`);
    expect(await page.locator('h1').textContent()).toBe('Alfons G. Hoekstra');
    // On the person's own list too, wherever the name appears.
    const inLists = page.locator('main .list-authors a[href$="/authors/alfons-g-hoekstra/"]');
    expect(await inLists.count()).toBe(4);
    expect(await inLists.locator('strong').count()).toBe(4);
    await page.close();
  });
});
