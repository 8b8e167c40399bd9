import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { Reporter } from '../../src/lib/reporter.ts';

/**
 * Where the full list of a build's diagnostics goes: `.papershelf/report.txt`
 * for the project's own content folder, one file per other content folder.
 */
export function reportFileFor(root: string, contentDir: string): string {
  const content = resolve(root, contentDir);
  return content === resolve(root, 'content')
    ? resolve(root, '.papershelf', 'report.txt')
    : resolve(root, '.papershelf', 'reports', relative(root, content).replace(/[^A-Za-z0-9_-]+/g, '_'), 'report.txt');
}

/** Prints the reporter's diagnostics once (grouped, errors last, a summary) to stderr and writes the full list. */
export async function printReport(reporter: Reporter, root: string, contentDir: string): Promise<void> {
  const file = reportFileFor(root, contentDir);
  const report = reporter.report(relative(root, file).split('\\').join('/'));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, report.full);
  for (const line of report.lines) console.error(line);
}
