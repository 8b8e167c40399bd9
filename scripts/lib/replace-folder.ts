import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Removes a folder without making the build wait: it is renamed into `trash`
 * (instant) and deleted by a detached process. Deleting a site of 10,000 pages
 * takes many seconds on a slow disk, time the reader of the build log should
 * not spend. Falls back to deleting in place when the rename is impossible.
 */
export async function discardFolder(path: string, trash: string): Promise<void> {
  if (!existsSync(path)) return;
  await mkdir(trash, { recursive: true });
  const target = join(trash, randomBytes(6).toString('hex'));
  try {
    await rename(path, target);
  } catch {
    await rm(path, { recursive: true, force: true });
    return;
  }
  // Only this folder: another build may be moving its own old folder into the trash meanwhile.
  const child = spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(target)}, { recursive: true, force: true })`], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

/**
 * Puts the finished folder `from` in place of `to`: the old one is moved
 * aside first and discarded only once the new one is there, so `to` is
 * always either the complete old site or the complete new one. Copies when
 * the two are on different file systems.
 */
export async function replaceFolder(from: string, to: string, trash: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const old = `${to}.old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(to)) await rename(to, old);
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
  await discardFolder(old, trash);
}
