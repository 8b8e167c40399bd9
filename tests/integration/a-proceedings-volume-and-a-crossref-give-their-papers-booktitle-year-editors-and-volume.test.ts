import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { beforeAll, expect, test } from 'vitest';
import { buildFixtureOrFail, readPapersJson, type BuildResult, type PaperEntry } from '../helpers/build-site.ts';
import { decodeEntities } from '../helpers/html.ts';

let site: BuildResult;
// papers.json holds each paper's date too.
let papers: (PaperEntry & { date?: string })[];

beforeAll(() => {
  site = buildFixtureOrFail('a-proceedings-volume-and-a-crossref-give-their-papers-booktitle-year-editors-and-volume');
  papers = readPapersJson(site.outDir).papers;
});

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
const bySlugStart = (start: string) => papers.find((p) => p.slug.startsWith(start))!;
/** The visible text of a page's HTML, tags dropped, entities decoded, white space folded. */
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

const COLT = 'Proceedings of Thirty Sixth Conference on Learning Theory';

test('the volumes are not papers: three pages, each dated by the year it inherits', () => {
  expect(papers.map((p) => [p.title, p.date])).toEqual([
    ['Towards a Complete Analysis of Langevin Monte Carlo: Beyond Poincaré Inequality', '2023'],
    ['Improved Discretization Analysis for Underdamped Langevin Monte Carlo', '2023'],
    ['Attention is All you Need', '2017'],
  ]);
});

test('each paper page shows the booktitle, volume, pages and editors it inherits, and its year as a search filter', () => {
  const colt = read(`papers/${bySlugStart('towards-a-complete').slug}/index.html`);
  expect(text(colt)).toContain(`${COLT} vol. 195, pp. 1–35, edited by Gergely Neu and Lorenzo Rosasco`);
  expect(colt).toContain('data-pagefind-filter="year:2023"');
  const nips = read(`papers/${bySlugStart('attention').slug}/index.html`);
  expect(text(nips)).toContain('pp. 5998–6008, edited by Isabelle Guyon, Ulrike von Luxburg, Samy Bengio');
  expect(nips).toContain('data-pagefind-filter="year:2017"');
});

test('the feeds date each paper by the year it inherits', () => {
  const feed = JSON.parse(read('feed.json')) as { items: { title: string; date_published?: string }[] };
  const attention = feed.items.find((i) => i.title === 'Attention is All you Need');
  expect(attention?.date_published?.slice(0, 4)).toBe('2017');
});

test('each .bib file is an @inproceedings with the inherited booktitle, year, editors and volume', () => {
  const colt = parse(read(`papers/${bySlugStart('towards-a-complete').slug}.bib`), { english: false });
  expect(colt.errors).toEqual([]);
  const [entry] = colt.entries;
  expect([entry?.type, entry?.key, entry?.fields.booktitle, entry?.fields.year, entry?.fields.volume, entry?.fields.pages]).toEqual(['inproceedings', 'mousavihosseini2023complete', COLT, '2023', '195', '1–35']);
  expect(entry?.fields.editor?.map((e) => e.lastName)).toEqual(['Neu', 'Rosasco']);
  const nips = parse(read(`papers/${bySlugStart('attention').slug}.bib`), { english: false }).entries[0];
  expect([nips?.type, nips?.key, nips?.fields.year]).toEqual(['inproceedings', 'vaswani2017attention', '2017']);
  expect(nips?.fields.booktitle).toMatch(/^Advances in Neural Information Processing Systems 30/);
  expect(nips?.fields.editor).toHaveLength(7);
});

test('"Cite as" gives the paper in its proceedings in every style', () => {
  const html = read(`papers/${bySlugStart('towards-a-complete').slug}/index.html`);
  // Tags dropped without a space: a citation's italics sit inside its text.
  const cite = decodeEntities(html.slice(html.indexOf('<dl class="cite-as"'), html.indexOf('</dl>')).replace(/<[^>]+>/g, ''));
  expect(cite).toContain(`(2023). Towards a Complete Analysis of Langevin Monte Carlo: Beyond Poincaré Inequality. In G. Neu & L. Rosasco (Eds.), ${COLT} (Vol. 195, pp. 1–35).`);
  expect(cite).toContain(`“Towards a Complete Analysis of Langevin Monte Carlo: Beyond Poincaré Inequality,” in ${COLT}, G. Neu and L. Rosasco, Eds.`);
  expect(cite).toContain(`“Towards a Complete Analysis of Langevin Monte Carlo: Beyond Poincaré Inequality.” In ${COLT}, edited by Gergely Neu and Lorenzo Rosasco, vol. 195.`);
});
