import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { beforeAll, expect, test } from 'vitest';
import { buildFixtureOrFail, readPapersJson, type BuildResult, type PaperEntry } from '../helpers/build-site.ts';
import { findMath } from '../../src/lib/math/find-math.ts';
import { decodeEntities, listFilesDeep, startTags } from '../helpers/html.ts';

let site: BuildResult;
let papers: PaperEntry[];

beforeAll(() => {
  // Titles full of braces, backslashes, %, $, <script> and YAML traps.
  site = buildFixtureOrFail('listing-with-hostile-titles-and-abstracts');
  papers = readPapersJson(site.outDir).papers;
});

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
// Math in titles is written as TeX math, which the parser need not know how to turn into Unicode.
const parseBib = (text: string) => parse(text, { english: false, unsupported: 'ignore' });
const parseVerbatim = (text: string) => parse(text, { verbatimFields: ['title'] });

test('every paper has a .bib file that parses back to its title and page address, math kept as TeX math', () => {
  expect(papers.length).toBeGreaterThan(30);
  let withMath = 0;
  for (const p of papers) {
    const text = read(`papers/${p.slug}.bib`);
    const library = parseBib(text);
    expect(library.errors, p.slug).toEqual([]);
    expect(library.entries.map((e) => e.fields.url), p.slug).toEqual([`https://example.org${p.url}`]);
    const math = findMath(p.title);
    if (math.length === 0) expect(library.entries[0]?.fields.title, p.slug).toBe(p.title);
    else {
      withMath++;
      const verbatim = parseVerbatim(text).entries[0]?.fields.title ?? '';
      for (const span of math) expect(verbatim, p.slug).toContain(`$${span.tex.replace(/\s+/g, ' ').trim()}$`);
    }
  }
  expect(withMath).toBeGreaterThan(0);
});

test('citation keys are unique across the site', () => {
  const keys = papers.map((p) => parseBib(read(`papers/${p.slug}.bib`)).entries[0]!.key);
  expect(new Set(keys).size).toBe(papers.length);
});

test('each topic .bib holds exactly the papers of that topic', () => {
  const files = listFilesDeep(join(site.outDir, 'topics'), ['.bib']);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const topic = file.slice(0, -'.bib'.length);
    const library = parseBib(read(`topics/${file}`));
    expect(library.errors, file).toEqual([]);
    // Each entry's page address names its paper.
    const expected = papers.filter((p) => p.topics.includes(topic)).map((p) => `https://example.org${p.url}`).sort();
    expect(library.entries.map((e) => e.fields.url).sort(), file).toEqual(expected);
  }
});

test('every paper page has a citation_title meta tag and a Cite section with the entry and its download', () => {
  for (const p of papers) {
    const html = read(`papers/${p.slug}/index.html`);
    // Read by pattern: the tag reader of the helpers skips <script>…</script>, which a title may hold.
    const meta = /<meta name="citation_title" content="([^"]*)"/.exec(html)?.[1];
    expect(decodeEntities(meta ?? ''), p.slug).toBe(p.title);
    const cite = html.slice(html.indexOf('<section aria-labelledby="cite"'));
    expect(cite, p.slug).toMatch(/<pre class="shiki[^"]*"/);
    expect(startTags(cite).some((t) => t.name === 'a' && t.attrs.href === `/papers/${encodeURIComponent(p.slug)}.bib`), p.slug).toBe(true);
  }
});
