import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
 * differs (atomically), leaves identical ones untouched so their modification
 * time and any watcher stay quiet, and removes `.mdx` files no longer wanted
 * plus temporary files left by an interrupted run.
 */
export async function syncDirectory(dir: string, files: ReadonlyMap<string, string>): Promise<SyncReport> {
  await mkdir(dir, { recursive: true });
  const report: SyncReport = { written: [], unchanged: [], removed: [] };
  for (const [name, text] of files) {
    const path = join(dir, name);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === text) {
      report.unchanged.push(name);
      continue;
    }
    await writeFileAtomic(path, text);
    report.written.push(name);
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
