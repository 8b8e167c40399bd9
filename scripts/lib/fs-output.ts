import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files read or written at once: enough to keep the disk busy, few enough to stay far from open-file limits. */
export const BATCH = 64;

/** Writes a file atomically: a temporary sibling first, then a rename over the target. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/** Lists the files in a directory with one of the given extensions, sorted; empty when it does not exist. */
export async function listFiles(dir: string, extensions?: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && (!extensions || extensions.some((x) => e.name.endsWith(x))))
    .map((e) => e.name)
    .sort();
}

/** What {@link syncDirectory} did. */
export interface SyncReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Makes `dir` hold exactly the given `.mdx` files: writes those whose content
 * differs (replacing changed ones atomically), leaves identical ones untouched so their modification
 * time and any watcher stay quiet, and removes `.mdx` files no longer wanted
 * plus temporary files left by an interrupted run.
 */
export async function syncDirectory(dir: string, files: ReadonlyMap<string, string>): Promise<SyncReport> {
  await mkdir(dir, { recursive: true });
  const report: SyncReport = { written: [], unchanged: [], removed: [] };
  const entries = [...files];
  // A batch of files at a time: one by one, ten thousand pages spent most of their time waiting on the disk.
  for (let i = 0; i < entries.length; i += BATCH) {
    const batch = entries.slice(i, i + BATCH);
    const current = await Promise.all(batch.map(([name]) => readFile(join(dir, name), 'utf8').catch(() => undefined)));
    // A changed page is replaced atomically, so no reader ever sees half of it; a
    // new one is written in place, which costs the file system half the work:
    // should the run die meanwhile, the next one finds it different and writes it again.
    await Promise.all(batch.map(([name, text], j) => (current[j] === text ? undefined : current[j] === undefined ? writeFile(join(dir, name), text) : writeFileAtomic(join(dir, name), text))));
    batch.forEach(([name, text], j) => (current[j] === text ? report.unchanged : report.written).push(name));
  }
  for (const name of await listFiles(dir)) {
    if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
    else if (name.endsWith('.mdx') && !files.has(name)) {
      await rm(join(dir, name), { force: true });
      report.removed.push(name);
    }
  }
  return report;
}
