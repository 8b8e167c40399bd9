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
 * Moves `from` to `to`, which must not exist. Across file systems the folder
 * is copied next to `to` first and renamed into place, so `to` appears
 * complete or not at all, whatever point a copy fails (or the process dies) at.
 */
async function moveFolder(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const copy = `${to}.new`;
  try {
    await cp(from, copy, { recursive: true });
    await rename(copy, to);
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    throw error;
  }
  await rm(from, { recursive: true, force: true });
}

/**
 * Puts the finished folder `from` in place of `to`: the old one is moved
 * aside to `${to}.old` first and discarded only once the new one is there,
 * so `to` is always either the complete old site or the complete new one.
 * Should the new one fail to arrive, the old one is put back before the
 * error is rethrown. Copies when the two are on different file systems.
 *
 * A run that died between the two moves left the old site only in
 * `${to}.old`: it is put back first. A `${to}.old` next to a `to` is one the
 * run did not get to discard (`to` only ever appears complete), so it goes.
 */
export async function replaceFolder(from: string, to: string, trash: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const old = `${to}.old`;
  // A copy an earlier run was making when it died: never a complete site.
  await discardFolder(`${to}.new`, trash);
  if (existsSync(old)) {
    if (existsSync(to)) await discardFolder(old, trash);
    else await rename(old, to);
  }
  const hadOld = existsSync(to);
  if (hadOld) await rename(to, old);
  try {
    await moveFolder(from, to);
  } catch (error) {
    if (hadOld) await restoreFolder(old, to, error);
    throw error;
  }
  await discardFolder(old, trash);
}

/** Puts the old folder back in place after a failed replacement; says so when even that fails, as the old site is then in `old`. */
async function restoreFolder(old: string, to: string, cause: unknown): Promise<void> {
  try {
    // `to` never appears partial, but whatever is there is not the old site.
    await rm(to, { recursive: true, force: true });
    await rename(old, to);
  } catch (error) {
    throw new Error(`Could not replace ${to}, nor put the previous folder back: it is in ${old} (${(error as Error).message}).`, { cause });
  }
}
