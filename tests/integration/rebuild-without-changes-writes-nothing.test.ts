import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copySampleContent, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep } from '../helpers/html.ts';

let first: BuildResult;
let second: BuildResult;
let afterDeletion: BuildResult;
let retitled: BuildResult;
let deletedPageBack: boolean;
let firstFiles: Map<string, Buffer>;
let secondFiles: Map<string, Buffer>;

/** Every file of a built site: relative path → bytes. */
function snapshot(dir: string, extensions: readonly string[]): Map<string, Buffer> {
  return new Map(listFilesDeep(dir, extensions).map((p) => [p, readFileSync(join(dir, p))]));
}

beforeAll(() => {
  const contentDir = copySampleContent();
  first = runBuild(contentDir);
  expect(first.status, first.stderr).toBe(0);
  firstFiles = snapshot(first.outDir, ['.html', '.json']);
  second = runBuild(contentDir, { outDir: first.outDir });
  expect(second.status, second.stderr).toBe(0);
  secondFiles = snapshot(first.outDir, ['.html', '.json']);
  // A page deleted from the output by hand: nothing is left to carry over.
  const deleted = join(first.outDir, 'papers', 'simmim-a-simple-framework-for-masked-image-modeling', 'index.html');
  rmSync(deleted);
  afterDeletion = runBuild(contentDir, { outDir: first.outDir });
  deletedPageBack = existsSync(deleted);
  // A setting every page shows.
  retitled = runBuild(contentDir, { outDir: first.outDir, env: { SITE_TITLE: 'Reading group' } });
});

afterAll(() => {
  removeBuildCache(first.contentDir);
  rmSync(join(first.outDir, '..'), { recursive: true, force: true });
});

test('the first build writes every paper page', () => {
  expect(first.stdout).toMatch(/pages: 73 \(73 written, 0 unchanged, 0 removed\)/);
});

test('the second build writes no paper page', () => {
  expect(second.stdout).toMatch(/pages: 73 \(0 written, 73 unchanged, 0 removed\)/);
});

test('the second build gives byte-identical HTML and JSON', () => {
  expect([...secondFiles.keys()]).toEqual([...firstFiles.keys()]);
  const differing = [...firstFiles].filter(([path, bytes]) => !bytes.equals(secondFiles.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
});

test('a page deleted from the output since the last build makes the next build render every page again', () => {
  expect(second.stdout).toMatch(/Incremental build: 0 paper page\(s\) to render/);
  expect(afterDeletion.status, afterDeletion.stderr).toBe(0);
  expect(afterDeletion.stdout).not.toContain('Incremental build');
  expect(deletedPageBack).toBe(true);
});

test('a changed site setting makes the next build render every page again', () => {
  expect(retitled.status, retitled.stderr).toBe(0);
  expect(retitled.stdout).not.toContain('Incremental build');
  const page = readFileSync(join(first.outDir, 'papers', 'simmim-a-simple-framework-for-masked-image-modeling', 'index.html'), 'utf8');
  expect(page).toContain('<title>SimMIM: A Simple Framework for Masked Image Modeling | Reading group</title>');
});
