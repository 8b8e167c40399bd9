import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readTree, writeTree } from '../../helpers/temp-tree.ts';
import { discardFolder, replaceFolder } from '../../../scripts/lib/replace-folder.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A fresh temporary folder under `parent`, removed after the test. */
function tempDir(parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'papershelf-replace-'));
  made.push(dir);
  return dir;
}

/** Waits until `dir` is empty (the detached deletes of the trash are done), for at most 10 s. */
async function emptied(dir: string): Promise<string[]> {
  for (let waited = 0; existsSync(dir) && readdirSync(dir).length > 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** A folder on another file system than the temporary folder (where renames fail with EXDEV), if this machine has one. */
const otherFileSystem = ['/dev/shm', '/run/user', '/var/tmp'].find((dir) => {
  try {
    return statSync(dir).dev !== statSync(tmpdir()).dev && (accessSync(dir, constants.W_OK), true);
  } catch {
    return false;
  }
});

const oldSite = { 'index.html': 'old home', 'papers/a/index.html': 'old a', '_astro/site.css': 'old css' };
const newSite = { 'index.html': 'new home', 'papers/b/index.html': 'new b' };

/** An old site in `root/dist`, a new one in `root/staging`, and the trash folder. */
function sites(root = tempDir()) {
  const to = join(root, 'dist');
  const from = join(root, 'staging');
  writeTree(to, oldSite);
  writeTree(from, newSite);
  return { root, to, from, trash: join(root, 'trash') };
}

describe('replaceFolder', () => {
  test('puts the new folder in place and discards the old one in the background', async () => {
    const { to, from, trash } = sites();
    await replaceFolder(from, to, trash);
    expect(readTree(to)).toEqual(newSite);
    expect(existsSync(from)).toBe(false);
    expect(existsSync(`${to}.old`)).toBe(false);
    expect(await emptied(trash)).toEqual([]);
  });

  test('puts the new folder in place when there was none, making its parent folder', async () => {
    const root = tempDir();
    const from = join(root, 'staging');
    writeTree(from, newSite);
    const to = join(root, 'deep', 'out', 'dist');
    await replaceFolder(from, to, join(root, 'trash'));
    expect(readTree(to)).toEqual(newSite);
    expect(existsSync(from)).toBe(false);
  });

  test('keeps the old folder in place and rethrows when the new folder is missing', async () => {
    const { to, from, trash } = sites();
    rmSync(from, { recursive: true });
    await expect(replaceFolder(from, to, trash)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readTree(to)).toEqual(oldSite);
    expect(existsSync(`${to}.old`)).toBe(false);
  });

  test('keeps the old folder in place and rethrows when the new folder cannot move into itself', async () => {
    // The output folder inside the staging folder: renaming a folder into its own subfolder fails with EINVAL.
    const root = tempDir();
    const from = join(root, 'staging');
    const to = join(from, 'dist');
    writeTree(to, oldSite);
    await expect(replaceFolder(from, to, join(root, 'trash'))).rejects.toMatchObject({ code: 'EINVAL' });
    expect(readTree(to)).toEqual(oldSite);
    expect(existsSync(`${to}.old`)).toBe(false);
  });

  // Root may rename out of a read-only folder, so as root this failure cannot be provoked; the tests above and below provoke others.
  test.skipIf(process.getuid?.() === 0)('keeps the old folder in place and rethrows when the new folder may not be moved out of its read-only parent', async () => {
    const root = tempDir();
    const to = join(root, 'dist');
    writeTree(to, oldSite);
    const locked = tempDir();
    const from = join(locked, 'staging');
    writeTree(from, newSite);
    chmodSync(locked, 0o555);
    await expect(replaceFolder(from, to, join(root, 'trash'))).rejects.toMatchObject({ code: 'EACCES' });
    expect(readTree(to)).toEqual(oldSite);
    expect(existsSync(`${to}.old`)).toBe(false);
  });

  describe.skipIf(!otherFileSystem)(`across file systems (${otherFileSystem ?? 'none on this machine'})`, () => {
    test('copies the new folder in place and removes it from where it was', async () => {
      const { root, to, trash } = sites();
      const from = join(tempDir(otherFileSystem), 'staging');
      writeTree(from, newSite);
      await replaceFolder(from, to, trash);
      expect(readTree(to)).toEqual(newSite);
      expect(existsSync(from)).toBe(false);
      expect(readdirSync(root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    });

    test('keeps the old folder in place and rethrows when the copy fails midway, leaving no partial copy', async () => {
      const { root, to, trash } = sites();
      const from = join(tempDir(otherFileSystem), 'staging');
      writeTree(from, newSite);
      // Files sort around the pipe, so some are copied before the copy fails on it.
      writeTree(from, { 'a.txt': 'a', 'z.txt': 'z' });
      execFileSync('mkfifo', [join(from, 'm.fifo')]);
      await expect(replaceFolder(from, to, trash)).rejects.toMatchObject({ code: 'ERR_FS_CP_FIFO_PIPE' });
      expect(readTree(to)).toEqual(oldSite);
      expect(readdirSync(root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
      // The new folder is left where it was, for the build's own clean-up.
      expect(existsSync(join(from, 'index.html'))).toBe(true);
    });
  });

  describe('after a run that died midway', () => {
    test('puts back an old folder left beside a missing one before replacing it', async () => {
      const { to, from, trash } = sites();
      renameSync(to, `${to}.old`);
      await replaceFolder(from, to, trash);
      expect(readTree(to)).toEqual(newSite);
      expect(existsSync(`${to}.old`)).toBe(false);
    });

    test('puts back an old folder left beside a missing one even when this run fails too', async () => {
      const { to, from, trash } = sites();
      renameSync(to, `${to}.old`);
      rmSync(from, { recursive: true });
      await expect(replaceFolder(from, to, trash)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(readTree(to)).toEqual(oldSite);
      expect(existsSync(`${to}.old`)).toBe(false);
    });

    test('discards an old folder left beside a complete one, and a partial copy', async () => {
      const { to, from, trash } = sites();
      writeTree(`${to}.old`, { 'index.html': 'older home' });
      writeTree(`${to}.new`, { 'index.html': 'half a copy' });
      rmSync(from, { recursive: true });
      // Even when this run fails, what stays is the complete folder, not the older one.
      await expect(replaceFolder(from, to, trash)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(readTree(to)).toEqual(oldSite);
      expect(existsSync(`${to}.old`)).toBe(false);
      expect(existsSync(`${to}.new`)).toBe(false);
      expect(await emptied(trash)).toEqual([]);
    });
  });
});

describe('discardFolder', () => {
  test('moves a folder out of the way at once and deletes only it, in the background', async () => {
    const root = tempDir();
    const trash = join(root, 'trash');
    const old = join(root, 'dist.old');
    writeTree(old, oldSite);
    // Another build's folder, moved into the same trash meanwhile: not this call's to delete.
    writeTree(join(trash, 'other-build'), { 'keep.txt': 'keep' });

    await discardFolder(old, trash);
    expect(existsSync(old)).toBe(false);
    for (let waited = 0; readdirSync(trash).length > 1 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(trash)).toEqual(['other-build']);
    expect(readTree(join(trash, 'other-build'))).toEqual({ 'keep.txt': 'keep' });
  });

  test('does nothing when the folder is not there', async () => {
    const root = tempDir();
    await discardFolder(join(root, 'missing'), join(root, 'trash'));
    expect(readdirSync(root)).toEqual([]);
  });

  test.skipIf(!otherFileSystem)('deletes the folder in place when the trash is on another file system', async () => {
    const root = tempDir();
    const old = join(root, 'dist.old');
    writeTree(old, oldSite);
    const trash = join(tempDir(otherFileSystem), 'trash');
    await discardFolder(old, trash);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(trash)).toEqual([]);
  });
});
