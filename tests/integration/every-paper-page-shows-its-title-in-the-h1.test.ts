import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';
import { textOf } from '../helpers/html.ts';

let site: BuildResult;
beforeAll(() => {
  site = buildSampleOrFail();
});

test('the one <h1> of each paper page reads exactly its title from papers.json', () => {
  const wrong: string[] = [];
  for (const paper of readPapersJson(site.outDir).papers) {
    const html = readFileSync(join(site.outDir, 'papers', paper.slug, 'index.html'), 'utf8');
    const headings = html.match(/<h1\b/g) ?? [];
    const h1 = textOf(html, 'h1');
    if (headings.length !== 1 || h1 !== paper.title) wrong.push(`${paper.slug}: ${headings.length} <h1>, text ${JSON.stringify(h1)}, title ${JSON.stringify(paper.title)}`);
  }
  expect(wrong).toEqual([]);
});

test('each paper page has the title in its <title> too', () => {
  for (const paper of readPapersJson(site.outDir).papers) {
    const html = readFileSync(join(site.outDir, 'papers', paper.slug, 'index.html'), 'utf8');
    expect(textOf(html, 'title')).toContain(paper.title);
  }
});
