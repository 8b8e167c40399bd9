import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copySampleContent, makeContentDir, readPapersJson, removeBuild, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';

/** Bytes that are never valid UTF-8 (a lone 0xFF, then a truncated sequence). */
const NOT_UTF8 = Buffer.from([0xff, 0xfe, 0xc3]);

let good: BuildResult;
let broken: BuildResult;
let brokenLine: number;
let before: Map<string, string>;

beforeAll(() => {
  const contentDir = copySampleContent();
  good = runBuild(contentDir);
  expect(good.status, good.stderr).toBe(0);
  before = new Map(readPapersJson(good.outDir).papers.map((p) => [p.slug, readFileSync(join(good.outDir, 'papers', p.slug, 'index.html'), 'utf8')]));

  // Break the title of a paper far down the listing, then build again into the same folder.
  const listing = join(contentDir, 'sources', 'papers-listing.txt');
  const lines = readFileSync(listing, 'utf8').split('\n');
  brokenLine = readPapersJson(good.outDir).papers[50]!.source.line;
  const text = Buffer.concat([
    Buffer.from(lines.slice(0, brokenLine - 1).join('\n') + '\n'),
    NOT_UTF8,
    Buffer.from(lines.slice(brokenLine - 1).join('\n')),
  ]);
  writeFileSync(listing, text);
  broken = runBuild(contentDir, { outDir: good.outDir });
});

afterAll(() => {
  removeBuildCache(good.contentDir);
  rmSync(join(good.outDir, '..'), { recursive: true, force: true });
});

test('the build exits non-zero', () => {
  expect(broken.status).not.toBe(0);
});

test('the message names the file and line of the bad bytes', () => {
  const output = broken.stdout + broken.stderr;
  expect(output).toMatch(new RegExp(`sources/papers-listing\\.txt:${brokenLine}\\b`));
  expect(output).toMatch(/UTF-8/);
});

test('the message says the previous site is unchanged, and the error is the last diagnostic printed', () => {
  expect(broken.stderr).toMatch(/The previous site in .+ is unchanged\./);
  const diagnostics = broken.stderr.split('\n').filter((l) => /\s(error|warning|info)\s/.test(l));
  expect(diagnostics.at(-1)).toMatch(/\serror\s.*\(source-encoding\)$/);
});

test('the previous site is still there, page for page', () => {
  const after = readPapersJson(good.outDir);
  expect(after.count).toBe(before.size);
  for (const [slug, html] of before) expect(readFileSync(join(good.outDir, 'papers', slug, 'index.html'), 'utf8')).toBe(html);
  expect(existsSync(join(good.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('no staging folder is left behind', () => {
  expect(existsSync(`${good.outDir}.next`)).toBe(false);
  expect(existsSync(`${good.outDir}.old`)).toBe(false);
});

test('a first build that fails says no site was written, never that a previous one is unchanged', () => {
  // A hand-edited CSL-JSON export with a trailing comma, and no earlier build into the output folder.
  const first = runBuild(makeContentDir({ 'zotero.json': '[\n  {"type": "article-journal", "title": "Deep learning", "DOI": "10.1038/nature14539"},\n]\n' }));
  try {
    expect(first.status).not.toBe(0);
    expect(first.stderr).toMatch(/zotero\.json:3:1\s+error\s.*\(json-syntax\)/);
    expect(first.stderr).toMatch(/No site was written to /);
    expect(first.stdout + first.stderr).not.toMatch(/is unchanged|are unchanged/);
    expect(existsSync(first.outDir)).toBe(false);
  } finally {
    removeBuild(first);
  }
});
