import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixtureOrFail, readPapersJson, removeBuild, type BuildResult, type PaperEntry } from '../helpers/build-site.ts';
import { decodeEntities, listFilesDeep, startTags } from '../helpers/html.ts';

let site: BuildResult;
let papers: PaperEntry[];

beforeAll(() => {
  // Titles full of braces, backslashes, %, $, <script> and YAML traps.
  site = buildFixtureOrFail('listing-with-hostile-titles-and-abstracts');
  papers = readPapersJson(site.outDir).papers;
});

afterAll(() => removeBuild(site));

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
const parseBib = (text: string) => parse(text, { english: false });

test('every paper has a .bib file that parses back to its title and page address', () => {
  expect(papers.length).toBeGreaterThan(30);
  for (const p of papers) {
    const library = parseBib(read(`papers/${p.slug}.bib`));
    expect(library.errors, p.slug).toEqual([]);
    expect(library.entries.map((e) => [e.fields.title, e.fields.url]), p.slug).toEqual([[p.title, `https://example.org${p.url}`]]);
  }
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
    const expected = papers.filter((p) => p.topics.includes(topic)).map((p) => p.title).sort();
    expect(library.entries.map((e) => e.fields.title).sort(), file).toEqual(expected);
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
