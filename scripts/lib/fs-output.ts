import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Files read or written at once: enough to keep the disk busy, few enough to stay far from open-file limits. */
const BATCH = 64;

/**
 * Runs `work` on every item, {@link BATCH} at a time, and returns the results
 * in order. One file at a time, ten thousand pages spent most of their time
 * waiting on the disk.
 */
export async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  return results;
}

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
  // One listing tells new pages from existing ones, so a first build reads nothing.
  const present = new Set(await listFiles(dir));
  const written = await inBatches(entries, async ([name, text]) => {
    const current = present.has(name) ? await readFile(join(dir, name), 'utf8').catch(() => undefined) : undefined;
    if (current === text) return false;
    // A changed page is replaced atomically, so no reader ever sees half of it; a
    // new one is written in place, which costs the file system half the work:
    // should the run die meanwhile, the next one finds it different and writes it again.
    await (current === undefined ? writeFile(join(dir, name), text) : writeFileAtomic(join(dir, name), text));
    return true;
  });
  entries.forEach(([name], i) => (written[i] ? report.written : report.unchanged).push(name));
  for (const name of await listFiles(dir)) {
    if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true });
    else if (name.endsWith('.mdx') && !files.has(name)) {
      await rm(join(dir, name), { force: true });
      report.removed.push(name);
    }
  }
  return report;
}
