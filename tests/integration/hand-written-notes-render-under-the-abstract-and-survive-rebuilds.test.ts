import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeContentDir, runBuild, type BuildResult } from '../helpers/build-site.ts';

const LISTING = `Mar 14

A Paper With Notes

The abstract of the paper that has a note.

A Paper Without Notes

The abstract of the other paper.
`;

const NOTE = `Our group liked this one: it needs {2 + 3} GPUs and <strong>no</strong> tricks.

- a Markdown list item in a note
`;

const ORPHAN = 'A note for a paper that is not in any source.\n';

describe('hand-written notes', () => {
  let build: BuildResult;
  let second: BuildResult;

  beforeAll(() => {
    const content = makeContentDir({ 'papers.txt': LISTING }, { notes: { 'a-paper-with-notes.mdx': NOTE, 'gone-paper.mdx': ORPHAN } });
    build = runBuild(content);
    second = runBuild(content, { outDir: build.outDir });
  });

  test('renders the note as MDX under the abstract of its paper', () => {
    expect(build.status, build.stderr).toBe(0);
    const html = readFileSync(join(build.outDir, 'papers', 'a-paper-with-notes', 'index.html'), 'utf8');
    const abstractAt = html.indexOf('The abstract of the paper that has a note.');
    const noteAt = html.indexOf('it needs 5 GPUs and <strong>no</strong> tricks.');
    expect(abstractAt).toBeGreaterThan(0);
    expect(noteAt).toBeGreaterThan(abstractAt);
    expect(html).toContain('<li>a Markdown list item in a note</li>');
  });

  test('shows no notes section on a paper without a note', () => {
    const html = readFileSync(join(build.outDir, 'papers', 'a-paper-without-notes', 'index.html'), 'utf8');
    expect(html).not.toContain('id="notes"');
  });

  test('reports a note whose paper does not exist, and keeps it', () => {
    expect(build.stderr).toMatch(/notes\/gone-paper\.mdx\s+warning\s+No paper has the slug "gone-paper"/);
    expect(readFileSync(join(build.contentDir, 'notes', 'gone-paper.mdx'), 'utf8')).toBe(ORPHAN);
  });

  test('leaves every note byte for byte as written after two builds', () => {
    expect(second.status, second.stderr).toBe(0);
    expect(readFileSync(join(build.contentDir, 'notes', 'a-paper-with-notes.mdx'), 'utf8')).toBe(NOTE);
    expect(second.stdout).toMatch(/pages: 2 \(0 written, 2 unchanged, 0 removed\)/);
  });
});
