import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixtureOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';
import { startTags, textOf, withoutRenderedMath } from '../helpers/html.ts';

// Abstracts with inline and display math, lists and entities.
const FIXTURE = 'latex-lists-and-display-equations-in-abstracts-become-lists-and-display-math';

let site: BuildResult;
beforeAll(() => {
  site = buildFixtureOrFail(FIXTURE);
});
/** The content of the `<meta>` tag with the given name or property. */
function meta(html: string, key: string): string | undefined {
  const tag = startTags(html).find((t) => t.name === 'meta' && (t.attrs.name === key || t.attrs.property === key));
  return tag?.attrs.content;
}

test('each paper page with an abstract has the first sentence of it, as plain text of at most 160 characters, as its description', () => {
  const papers = readPapersJson(site.outDir).papers;
  expect(papers.length).toBeGreaterThan(0);
  for (const paper of papers) {
    const html = readFileSync(join(site.outDir, 'papers', paper.slug, 'index.html'), 'utf8');
    const description = meta(html, 'description')!;
    expect(meta(html, 'og:description'), paper.slug).toBe(description);
    expect(meta(html, 'twitter:description'), paper.slug).toBe(description);
    expect(description.length, paper.slug).toBeLessThanOrEqual(160);
    // No TeX, no markup.
    expect(description, paper.slug).not.toMatch(/[$\\<>{}]/);
    expect(description, paper.slug).not.toContain('Summary of');
    const abstract = (textOf(withoutRenderedMath(html), 'section') ?? '').replace(/\s+/g, ' ');
    // The abstract's opening words, and no more than its first sentence.
    expect(abstract, paper.slug).toContain(description.split(' ').slice(0, 3).join(' '));
    expect(description.slice(0, -1), paper.slug).not.toMatch(/[.!?] \p{Lu}/u);
  }
});
