import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copySampleContent, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep } from '../helpers/html.ts';

let first: BuildResult;
let second: BuildResult;
let firstFiles: Map<string, Buffer>;

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
  const secondFiles = snapshot(first.outDir, ['.html', '.json']);
  expect([...secondFiles.keys()]).toEqual([...firstFiles.keys()]);
  const differing = [...firstFiles].filter(([path, bytes]) => !bytes.equals(secondFiles.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
});
