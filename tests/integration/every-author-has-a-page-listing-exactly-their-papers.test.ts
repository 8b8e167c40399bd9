import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePaperPage } from '../../src/lib/papers/render-page.ts';
import { buildFixtureOrFail, type BuildResult } from '../helpers/build-site.ts';
import { decodeEntities, startTags } from '../helpers/html.ts';

/**
 * A real build of 145 papers whose authors share papers and are spelled in
 * several ways. What the pages show is checked against each other: the
 * people the paper pages link to, the papers the author pages list, the
 * co-author counts, the index and the year pages.
 */
const FIXTURE = 'physics-papers-by-shared-authors-get-one-page-per-person';

let build: BuildResult;
/** Paper slug → front matter. */
const papers = new Map<string, Record<string, unknown>>();
/** Paper slug → the person slugs its page links to, in order. */
const linkedFrom = new Map<string, string[]>();

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const personSlug = (href: string) => decodeURIComponent(/^\/authors\/([^/]+)\/$/.exec(href)?.[1] ?? '');
const paperSlug = (href: string) => decodeURIComponent(/^\/papers\/([^/]+)\/$/.exec(href)?.[1] ?? '');
/** The part of a page between two markers (the second optional). */
const between = (html: string, from: string, to?: string) => {
  const start = html.indexOf(from);
  const end = to ? html.indexOf(to, start) : -1;
  return start < 0 ? '' : html.slice(start, end < 0 ? undefined : end);
};
const personPages = () => readdirSync(join(build.outDir, 'authors'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name);

beforeAll(() => {
  build = buildFixtureOrFail(FIXTURE);
  for (const name of readdirSync(join(build.contentDir, 'papers')).filter((n) => n.endsWith('.mdx'))) {
    const { data } = parsePaperPage(readFileSync(join(build.contentDir, 'papers', name), 'utf8'));
    papers.set(String(data.slug), data);
    const authorsLine = between(read(`papers/${String(data.slug)}/index.html`), 'class="paper-authors"', '</p>');
    linkedFrom.set(String(data.slug), startTags(authorsLine).filter((t) => t.name === 'a').map((t) => personSlug(t.attrs.href!)));
  }
}, 300_000);

describe('a site of papers with shared authors', () => {
  test('links every author name on every paper page to a person page that exists', () => {
    expect(papers.size).toBe(145);
    for (const [slug, data] of papers) {
      const links = linkedFrom.get(slug)!;
      expect(links.length, slug).toBe((data.authors as string[]).length);
      for (const person of links) expect(existsSync(join(build.outDir, 'authors', person, 'index.html')), person).toBe(true);
    }
  });

  test('gives every author a page that lists exactly the papers that link to it', () => {
    const expected = new Map<string, Set<string>>();
    for (const [paper, people] of linkedFrom) for (const person of people) expected.set(person, (expected.get(person) ?? new Set()).add(paper));
    expect(personPages().sort()).toEqual([...expected.keys()].sort());
    for (const [person, wrote] of expected) {
      const listed = between(mainOf(read(`authors/${person}/index.html`)), 'id="papers"', 'id="co-authors"');
      const listedPapers = startTags(listed).filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/papers/')).map((t) => paperSlug(t.attrs.href!));
      expect(listedPapers.sort(), person).toEqual([...wrote].sort());
    }
  });

  test('counts on each author page the papers shared with every co-author', () => {
    for (const person of personPages()) {
      const expected = new Map<string, number>();
      for (const people of linkedFrom.values()) {
        if (!people.includes(person)) continue;
        for (const other of new Set(people)) if (other !== person) expected.set(other, (expected.get(other) ?? 0) + 1);
      }
      const section = between(read(`authors/${person}/index.html`), 'class="co-authors"', '</ul>');
      const shown = new Map([...section.matchAll(/<a href="([^"]+)"[^>]*>.*?<\/a> <span class="count">(\d+) papers?<\/span>/g)].map((m) => [personSlug(m[1]!), Number(m[2])]));
      expect(Object.fromEntries(shown), person).toEqual(Object.fromEntries(expected));
    }
  });

  test('merges the spellings of one person and keeps different people apart', () => {
    expect([...linkedFrom.values()].filter((people) => people.includes('maxim-a-yurkin')).length).toBe(4);
    const gahler = read('authors/franz-gahler/index.html');
    expect(decodeEntities(gahler)).toContain('Also written: <span dir="auto">F. Gähler</span>');
    expect([...linkedFrom.values()].filter((people) => people.includes('franz-gahler')).length).toBe(2);
    expect(personPages().filter((p) => /yurkin|gahler/.test(p)).sort()).toEqual(['franz-gahler', 'maxim-a-yurkin']);
  });

  test('lists every person once in the author index, A–Z, with their number of papers', () => {
    const index = read('authors/index.html');
    const entries = [...mainOf(index).matchAll(/<li><a href="(\/authors\/[^"]+)"[^>]*>(?:<strong>)?([^<]+)(?:<\/strong>)?<\/a> <span class="count">(\d+)<\/span>/g)];
    const pages = readdirSync(join(build.outDir, 'authors', 'page')).map((n) => mainOf(read(`authors/page/${n}/index.html`)));
    for (const page of pages) entries.push(...page.matchAll(/<li><a href="(\/authors\/[^"]+)"[^>]*>(?:<strong>)?([^<]+)(?:<\/strong>)?<\/a> <span class="count">(\d+)<\/span>/g));
    expect(pages.length).toBe(Math.ceil(personPages().length / 100) - 1);
    expect(entries.map((m) => personSlug(m[1]!)).sort()).toEqual(personPages().sort());
    for (const m of entries) expect(Number(m[3]), m[1]).toBe([...linkedFrom.values()].filter((people) => people.includes(personSlug(m[1]!))).length);
  });

  test('has year pages that add up to the dated papers, each listing only papers of its year', () => {
    const dated = [...papers.values()].filter((d) => typeof d.date === 'string');
    expect(dated.length).toBe(145);
    const years = readdirSync(join(build.outDir, 'years'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(years).toEqual(['2001', '2005', '2006', '2007', '2008']);
    let total = 0;
    for (const year of years) {
      const pages = [`years/${year}/index.html`, ...readdirSync(join(build.outDir, 'years', year)).filter((n) => /^\d+$/.test(n)).map((n) => `years/${year}/${n}/index.html`)];
      for (const page of pages) {
        const listed = startTags(mainOf(read(page))).filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/papers/')).map((t) => paperSlug(t.attrs.href!));
        for (const slug of listed) expect(String(papers.get(slug)!.date).slice(0, 4), slug).toBe(year);
        total += listed.length;
      }
    }
    expect(total).toBe(dated.length);
  });

  test('shows the highlighted person in bold wherever the name is a link, and their papers on the home page', () => {
    let seen = 0;
    for (const slug of papers.keys()) {
      for (const m of read(`papers/${slug}/index.html`).matchAll(/<a href="\/authors\/alfons-g-hoekstra\/">(.*?)<\/a>/g)) {
        expect(m[1]).toMatch(/^<strong>.*<\/strong>$/);
        seen++;
      }
    }
    expect(seen).toBe(4);
    const ours = between(read('index.html'), 'id="ours"', '</section>');
    expect(startTags(ours).filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/papers/')).length).toBe(4);
  });

  test('lists the selected papers first on the home page: from BibTeX and from selected.yaml', () => {
    const home = read('index.html');
    const section = between(home, 'id="selected"', '</section>');
    const listed = startTags(section).filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/papers/')).map((t) => paperSlug(t.attrs.href!));
    const selected = [...papers.values()].filter((d) => d.selected === true).map((d) => String(d.slug));
    expect(selected.length).toBe(3);
    expect(listed.sort()).toEqual(selected.sort());
    expect(home.indexOf('id="selected"')).toBeLessThan(home.indexOf('id="topics"'));
  });

  test('puts every author and year page in the sitemap and in the offline precache', () => {
    const sitemap = read('sitemap.xml');
    const worker = read('sw.js');
    for (const person of personPages()) {
      expect(sitemap, person).toContain(`/authors/${encodeURIComponent(person)}/</loc>`);
      expect(worker, person).toContain(`authors/${person}/index.html`);
    }
    expect(sitemap).toContain('https://example.org/years/2006/</loc>');
    expect(sitemap).toContain('https://example.org/authors/</loc>');
    expect(worker).toContain('years/2006/index.html');
    expect(worker).toContain('authors/page/2/index.html');
  });

  test('groups a topic page in date order under year headings', () => {
    const topics = readdirSync(join(build.outDir, 'topics'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const headed = topics.filter((t) => read(`topics/${t}/index.html`).includes('class="year-heading"'));
    expect(headed.length).toBeGreaterThan(0);
    for (const t of topics) expect(read(`topics/${t}/by-title/index.html`)).not.toContain('class="year-heading"');
  });
});
