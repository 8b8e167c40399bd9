import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeContentDir, readPapersJson, removeBuildCache, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { readPages, startTags } from '../helpers/html.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** One fixture of each format, built together into one site with a one-paper listing. */
const FIXTURES = [
  'zotero-bibtex-with-accents-math-and-multi-paragraph-abstracts',
  'arxiv-atom-feed-with-wrapped-summaries-and-entities',
  'arxiv-metadata-json-lines-from-the-oai-snapshot',
  'csl-json-from-zotero-with-html-in-titles',
  'hugging-face-daily-papers-with-code-and-project-links',
];

/** The subset of Pagefind's JS API these tests use. */
interface Pagefind {
  options(o: object): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[] }>;
}

let site: BuildResult;
let pages: Map<string, string>;
let server: StaticServer;
let pagefind: Pagefind;

beforeAll(async () => {
  // A listing has no dates: its paper must still show up in date-sorted results.
  const contentDir = makeContentDir({ 'listing.txt': 'An undated paper from a listing\n\nIts abstract.\n' }, { topics: readFileSync(join(ROOT, 'tests', 'fixtures', FIXTURES[0]!, 'topics.yaml'), 'utf8') });
  for (const fixture of FIXTURES) cpSync(join(ROOT, 'tests', 'fixtures', fixture, 'sources'), join(contentDir, 'sources'), { recursive: true });
  site = runBuild(contentDir);
  removeBuildCache(contentDir);
  if (site.status !== 0) throw new Error(`The build failed:\n${site.stdout}\n${site.stderr}`);
  pages = readPages(site.outDir);
  server = await serveStatic(site.outDir);
  // Pagefind's browser API runs in Node too, given its script as a module file.
  const script = join(mkdtempSync(join(tmpdir(), 'papershelf-pagefind-')), 'pagefind.mjs');
  writeFileSync(script, await (await fetch(`${server.url}pagefind/pagefind.js`)).text());
  pagefind = (await import(pathToFileURL(script).href)) as Pagefind;
  await pagefind.options({ basePath: `${server.url}pagefind/` });
});

afterAll(async () => {
  await server?.close();
  rmSync(site.contentDir, { recursive: true, force: true });
  rmSync(join(site.outDir, '..'), { recursive: true, force: true });
});

const page = (slug: string) => pages.get(`papers/${slug}/index.html`) ?? '';
const SCHRODINGER = 'entropic-transport-for-schrodinger-bridges-mathcal-o-n-log-n-solvers-with';

describe('a site built from BibTeX, Atom, OAI JSON lines, CSL-JSON and Hugging Face exports', () => {
  test('has one page per paper of every file, the paper in both BibTeX and CSL-JSON once', () => {
    expect(site.stdout).toMatch(/read 16 records from 6 source file\(s\)/);
    expect(readPapersJson(site.outDir).count).toBe(15);
    expect(site.stderr).toMatch(/zotero-csl\.json:\d+  info  "Attention sinks in long-context transformers" is the paper at \S+library\.bib:\d+ \(same arXiv id\)/);
  });

  test('shows authors, date, venue and arXiv and DOI links on a paper page', () => {
    const html = page(SCHRODINGER);
    // Each name links to its person's page; the line reads as the source lists them.
    const authors = /<p class="paper-authors"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(authors.replace(/<[^>]*>/g, '')).toBe('Jürgen Müller, Søren Højberg, María García-López');
    expect(startTags(authors).filter((t) => t.name === 'a').map((t) => decodeURIComponent(t.attrs.href!))).toEqual(['/authors/jurgen-muller/', '/authors/søren-højberg/', '/authors/maria-garcia-lopez/']);
    expect(html).toContain('<time datetime="2023-05">May 2023</time>');
    expect(html).toContain('<cite>Journal of Machine Learning Research</cite>');
    const hrefs = startTags(html).filter((t) => t.name === 'a').map((t) => t.attrs.href);
    expect(hrefs).toEqual(expect.arrayContaining(['https://arxiv.org/abs/2301.01234', 'https://doi.org/10.48550/arXiv.2301.01234', 'https://github.com/jmueller/sparse-sinkhorn']));
  });

  test('renders math with KaTeX and links its self-hosted stylesheet only on pages with math', () => {
    const withMath = [...pages].filter(([, html]) => html.includes('class="katex"')).map(([path]) => path);
    const withSheet = [...pages].filter(([, html]) => /<link[^>]+href="\/katex\/katex\.min\.css"/.test(html)).map(([path]) => path);
    expect(withMath).toContain(`papers/${SCHRODINGER}/index.html`);
    expect(withSheet.sort()).toEqual(withMath.sort());
    expect(page('videogen-1-minute-long-video-generation-with-sparse-attention')).toContain('class="katex"');
    expect(page('small-models-long-prompts')).not.toContain('katex');
    expect(existsSync(join(site.outDir, 'katex', 'katex.min.css'))).toBe(true);
    const fonts = readFileSync(join(site.outDir, 'katex', 'katex.min.css'), 'utf8').match(/url\(fonts\/[^)]+\)/g) ?? [];
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(readdirSync(join(site.outDir, 'katex', 'fonts'))).toContain(font.slice('url(fonts/'.length, -1));
  });

  test('renders math in a title, and search results show that title as written', async () => {
    expect(page(SCHRODINGER)).toMatch(/<h1[^>]*>Entropic Transport for Schrödinger Bridges: <span class="math" data-pagefind-ignore><span class="katex">/);
    const result = (await pagefind.search('sparse kernels')).results[0]!;
    expect((await result.data()).meta.title).toBe('Entropic Transport for Schrödinger Bridges: $\\mathcal{O}(n \\log n)$ Solvers with Sparse Kernels');
  });

  test('shows broken math and prices as written', () => {
    const html = page('when-latex-breaks-robust-rendering-of-user-math');
    expect(html).toContain('$\\frac{1}$');
    expect(html).toContain('$\\undefinedmacro{x}$');
    expect(html).toContain('Prices like $5 to $10 are not math');
    expect(html).not.toContain('class="katex"');
  });

  test('gives search a year and a has-code filter and a date sort that keeps every page', async () => {
    const filters = await pagefind.filters();
    expect(filters.year).toEqual({ '1999': 1, '2003': 1, '2007': 1, '2020': 1, '2021': 2, '2022': 1, '2023': 2, '2024': 5 });
    expect(filters['has code']).toEqual({ yes: 5 });
    const sorted = await pagefind.search(null, { sort: { date: 'desc' } });
    const urls = await Promise.all(sorted.results.map(async (r) => (await r.data()).url));
    expect(urls).toHaveLength(15);
    expect(urls[0]).toMatch(/small-models-long-prompts/);
    expect(urls.at(-1)).toMatch(/an-undated-paper-from-a-listing/);
    const withCode = await pagefind.search(null, { filters: { 'has code': 'yes', year: '2024' } });
    expect(withCode.results).toHaveLength(2);
  });

  test('shows the TeX source of math in search excerpts, not KaTeX markup', async () => {
    const results = (await pagefind.search('dual potentials')).results;
    const excerpt = (await results[0]!.data()).excerpt;
    expect(excerpt).toContain('\\varepsilon');
    expect(excerpt).not.toMatch(/katex|ε/);
  });
});
