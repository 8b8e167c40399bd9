import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { discardFolder } from '../../../scripts/lib/replace-folder.ts';

test('discardFolder moves a folder out of the way at once and deletes only it, in the background', async () => {
  const root = mkdtempSync(join(tmpdir(), 'papershelf-discard-'));
  const trash = join(root, 'trash');
  const old = join(root, 'dist.old');
  mkdirSync(join(old, 'papers', 'a'), { recursive: true });
  writeFileSync(join(old, 'papers', 'a', 'index.html'), 'page');
  // Another build's folder, moved into the same trash meanwhile: not this call's to delete.
  mkdirSync(join(trash, 'other-build'), { recursive: true });
  writeFileSync(join(trash, 'other-build', 'keep.txt'), 'keep');

  await discardFolder(old, trash);
  expect(existsSync(old)).toBe(false);
  for (let waited = 0; readdirSync(trash).length > 1 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  expect(readdirSync(trash)).toEqual(['other-build']);
  expect(existsSync(join(trash, 'other-build', 'keep.txt'))).toBe(true);
});
