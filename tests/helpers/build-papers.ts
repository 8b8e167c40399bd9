import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { vi } from 'vitest';
import { runPaperPages } from '../../scripts/lib/run-paper-pages.ts';
import { settingsOrExit } from '../../scripts/lib/settings-or-exit.ts';
import { buildEnvironment, ROOT, type BuildResult } from './build-site.ts';

/**
 * Runs what `scripts/build-papers.ts` runs (settings, the paper-pages stage,
 * the report, the summary) inside the test process instead of a new Node,
 * with the settings `runBuild(contentDir, { script: 'build-papers' })` would
 * give it. What the command would print is returned as its output: console
 * lines to stdout, errors and warnings to stderr (the report and the failure
 * line go there, as `printReport` and the command write them), and the exit
 * status it would end with. One test spawns the command itself and holds it
 * to this.
 */
export async function buildPapersInProcess(contentDir: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'papershelf-dist-')), 'dist');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const to = (stream: string[]) => (...args: unknown[]) => void stream.push(`${format(...args)}\n`);
  const spies = [vi.spyOn(console, 'log').mockImplementation(to(stdout)), vi.spyOn(console, 'info').mockImplementation(to(stdout)), vi.spyOn(console, 'error').mockImplementation(to(stderr)), vi.spyOn(console, 'warn').mockImplementation(to(stderr))];
  let status = 0;
  try {
    const { settings, reporter } = settingsOrExit(ROOT, buildEnvironment(contentDir, outDir, options));
    status = await runPaperPages(settings, reporter, ROOT);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return { status, stdout: stdout.join(''), stderr: stderr.join(''), contentDir, outDir };
}
