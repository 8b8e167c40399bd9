import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { runAxe } from '../helpers/axe.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { useFixtureSite } from '../helpers/fixture-site.ts';

const FIXTURE = 'each-kind-of-source-gives-its-papers-links-to-read-them';
const TITLE = 'Learning to See in the Dark';

/** The action bar's links under the title, as [text, address] pairs, in order. */
async function actionLinks(page: Page): Promise<string[][]> {
  return page.locator('h1 ~ .paper-actions a').evaluateAll((as) => as.map((a) => [a.textContent!.trim(), (a as HTMLAnchorElement).href]));
}

describeInBrowser('paper pages link the paper from every kind of source under the title', () => {
  const browser = useBrowser();
  const site = useFixtureSite(FIXTURE);
  let page: Page;
  const open = async (slug: string) => {
    page = await browser().newPage();
    await page.goto(`${site().url}papers/${slug}/`);
    return actionLinks(page);
  };

  test('an arXiv id gives the arXiv PDF first and the arXiv page', async () => {
    expect(await open('attention-is-all-you-need')).toEqual([
      ['PDF', 'https://arxiv.org/pdf/1706.03762'],
      ['arXiv', 'https://arxiv.org/abs/1706.03762'],
    ]);
    // The PDF is set apart: it is the paper itself.
    expect(await page.locator('.paper-actions a.primary').textContent()).toBe('PDF');
    await page.close();
  });

  test('a DOI gives the DOI link, and a pdf field that is only a file name gives none', async () => {
    expect(await open('deep-residual-learning-for-image-recognition')).toEqual([['DOI', 'https://doi.org/10.1109/CVPR.2016.90']]);
    await page.close();
    expect(await open('a-note-whose-pdf-is-only-a-file-name')).toEqual([['DOI', 'https://doi.org/10.5281/zenodo.1234567']]);
    await page.close();
  });

  test('the BibTeX link fields of an academic site give PDF, code, project, slides, poster, video, supplement, blog and HTML', async () => {
    expect(await open('nerf-representing-scenes-as-neural-radiance-fields-for-view-synthesis')).toEqual([
      ['PDF', 'https://www.matthewtancik.com/s/nerf.pdf'],
      ['Code', 'https://github.com/bmild/nerf'],
      ['Project page', 'https://www.matthewtancik.com/nerf'],
      ['Slides', 'https://www.matthewtancik.com/s/nerf-slides.pdf'],
      ['Poster', 'https://www.matthewtancik.com/s/nerf-poster.pdf'],
      ['Video', 'https://www.youtube.com/watch?v=JuH79E8rdKc'],
      ['Supplement', 'https://www.matthewtancik.com/s/nerf-supp.zip'],
      ['Blog post', 'https://dellaert.github.io/NeRF/'],
      ['HTML', 'https://www.matthewtancik.com/nerf/paper.html'],
    ]);
    await page.close();
  });

  test('Hugging Face and Markdown code and project links are buttons, after the PDF', async () => {
    expect(await open('depth-anything-unleashing-the-power-of-large-scale-unlabeled-data')).toEqual([
      ['PDF', 'https://arxiv.org/pdf/2401.10891'],
      ['arXiv', 'https://arxiv.org/abs/2401.10891'],
      ['Code', 'https://github.com/LiheYoung/Depth-Anything'],
      ['Project page', 'https://depth-anything.github.io/'],
    ]);
    await page.close();
    expect(await open('neural-lumigraph-rendering')).toEqual([
      ['PDF', 'https://openaccess.thecvf.com/content/CVPR2021/papers/Kellnhofer_Neural_Lumigraph_Rendering_CVPR_2021_paper.pdf'],
      ['Code', 'https://github.com/computational-imaging/nlr'],
      ['Project page', 'http://www.computationalimaging.org/publications/nlr/'],
    ]);
    await page.close();
  });

  test('a listing record with no identifier gets arXiv, Google Scholar and Semantic Scholar searches for its title, and no build details', async () => {
    const q = encodeURIComponent(TITLE);
    expect(await open('learning-to-see-in-the-dark')).toEqual([
      ['arXiv', `https://arxiv.org/search/?query=${q}&searchtype=title`],
      ['Google Scholar', `https://scholar.google.com/scholar?q=${q}`],
      ['Semantic Scholar', `https://www.semanticscholar.org/search?q=${q}`],
    ]);
    expect(await page.locator('.paper-actions').textContent()).toMatch(/^\s*Find it on arXiv, Google Scholar or Semantic Scholar\s*$/);
    // Where the build read the record is for papers.json, not for readers.
    expect(await page.locator('main').textContent()).not.toMatch(/listing\.txt|, line \d/);
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds no violation on a page with a full bar and one with searches, ${theme} theme`, async () => {
      const context = await browser().newContext({ colorScheme: theme });
      const themed = await context.newPage();
      for (const slug of ['nerf-representing-scenes-as-neural-radiance-fields-for-view-synthesis', 'learning-to-see-in-the-dark']) {
        await themed.goto(`${site().url}papers/${slug}/`, { waitUntil: 'networkidle' });
        expect(await runAxe(themed)).toEqual([]);
      }
      await context.close();
    });
  }
});
