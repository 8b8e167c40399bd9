import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { makeSyntheticListing } from '../../src/lib/bench/synthetic-corpus.ts';
import { parseListing } from '../../src/lib/sources/listing.ts';
import { SIDEBAR_TOPICS } from '../../src/lib/topics/sidebar-topics.ts';
import { buildSampleOrFail, copySampleContent, removeBuildCache, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { startTags } from '../helpers/html.ts';

/** A paper in the middle of its topic, so adding papers from another file changes none of its neighbours. */
const SLUG = 'simmim-a-simple-framework-for-masked-image-modeling';
const BUDGET = 30 * 1024;

/** The HTML of a paper page plus the stylesheets it links, in bytes. */
function pageWeight(outDir: string, slug: string): { html: number; css: number; scripts: string[]; eager: number } {
  const html = readFileSync(join(outDir, 'papers', slug, 'index.html'), 'utf8');
  // The related papers (at most five titles) are content, chosen from the corpus: weigh the page without them.
  const chrome = html.replace(/<section aria-labelledby="related"[\s\S]*?<\/section>/, '');
  const tags = startTags(html);
  const css = tags
    .filter((t) => t.name === 'link' && t.attrs.rel === 'stylesheet')
    .reduce((sum, t) => sum + readFileSync(join(outDir, t.attrs.href!.replace(/^\//, ''))).length, 0);
  const scripts = tags.filter((t) => t.name === 'script').map((t) => t.attrs.src ?? 'inline');
  // Script bytes a page load fetches: module scripts and what they import statically (dynamic imports wait for use).
  const seen = new Set<string>();
  // The entry script's own dynamic import runs at once too, so it counts.
  const visit = (file: string, entry = false): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const text = readFileSync(join(outDir, file), 'utf8');
    const pattern = entry ? /import\s*\(?\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g : /(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]\.\/([^"'`]+)["'`]/g;
    const imports = [...text.matchAll(pattern)].map((m) => join('_astro', m[1]!));
    return text.length + imports.reduce((sum, f) => sum + visit(f), 0);
  };
  const eager = scripts.filter((s) => s !== 'inline').reduce((sum, s) => sum + visit(s.replace(/^\//, ''), true), 0);
  return { html: Buffer.byteLength(chrome), css, scripts, eager };
}

let sample: BuildResult;
let bigger: BuildResult;
beforeAll(() => {
  sample = buildSampleOrFail();
  const listing = readFileSync(join(ROOT, 'content', 'sources', 'papers-listing.txt'), 'utf8');
  const { records } = parseListing(listing, 'sample');
  const material = { titles: records.map((r) => r.title), abstracts: records.map((r) => r.abstract.join(' ')) };
  const contentDir = copySampleContent();
  writeFileSync(join(contentDir, 'sources', 'synthetic.txt'), makeSyntheticListing(material, 400, 7));
  bigger = runBuild(contentDir);
  removeBuildCache(contentDir);
  if (bigger.status !== 0) throw new Error(bigger.stderr);
}, 300_000);

test(`a paper page with its stylesheets stays under ${BUDGET / 1024} KB`, () => {
  const { html, css } = pageWeight(sample.outDir, SLUG);
  console.log(`paper page: ${html} bytes HTML + ${css} bytes CSS = ${html + css} bytes`);
  expect(html + css).toBeLessThan(BUDGET);
});

test('the page weighs the same with 400 more papers on the site', () => {
  const small = pageWeight(sample.outDir, SLUG);
  const large = pageWeight(bigger.outDir, SLUG);
  expect(large.html + large.css).toBeLessThan(BUDGET);
  // Besides the related papers (left out of the weight), only the topic sidebar may change: its
  // counts gain digits, and topics derived from the new papers appear, at most SIDEBAR_TOPICS of
  // them in all, so the sidebar is bounded whatever the number of papers.
  const sidebar = (slug: string, dir: string) => /<ul class="topic-list">[\s\S]*?<\/ul>/.exec(readFileSync(join(dir, 'papers', slug, 'index.html'), 'utf8'))![0];
  const largeSidebar = sidebar(SLUG, bigger.outDir);
  expect(largeSidebar.match(/<li\b/g)!.length).toBeLessThanOrEqual(SIDEBAR_TOPICS + 1);
  expect(Math.abs(large.html - largeSidebar.length - (small.html - sidebar(SLUG, sample.outDir).length))).toBeLessThan(250);
  expect(large.css).toBe(small.css);
});

test('a paper page runs only the theme switch, the search starter, the service worker registration, the copy button and the section marker of the contents', () => {
  const { scripts, eager } = pageWeight(sample.outDir, SLUG);
  const html = readFileSync(join(sample.outDir, 'papers', SLUG, 'index.html'), 'utf8');
  const external = scripts.filter((s) => s !== 'inline');
  expect(external).toHaveLength(1);
  expect(external[0]).toMatch(/^\/_astro\/Header\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((body) => body.trim());
  expect(inline).toHaveLength(scripts.length - 1);
  for (const body of inline) expect(body).toMatch(/papershelf-theme|serviceWorker|theme-toggle|_astro\/Header|\.copy-bibtex|\.toc nav a/);
  console.log(`paper page: ${eager} bytes of script fetched on load`);
  expect(eager).toBeLessThan(5 * 1024);
});
