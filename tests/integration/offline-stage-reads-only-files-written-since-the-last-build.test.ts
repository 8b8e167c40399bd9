import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { revisionCachePath } from '../../scripts/lib/precache-revisions.ts';
import { writeOfflineWorker } from '../../scripts/stages/write-offline-worker.ts';
import { Reporter } from '../../src/lib/reporter.ts';
import { settingsOrThrow } from '../../src/lib/settings/read-settings.ts';
import { buildSampleOrFail, ROOT } from '../helpers/build-site.ts';

let site: string;
const runs: { stdout: string; sw: string }[] = [];

/** Runs the offline stage alone on the copy of the sample, as the build does. */
async function runOfflineStage(): Promise<{ stdout: string; sw: string }> {
  const reporter = new Reporter();
  const lines = await writeOfflineWorker(ROOT, site, settingsOrThrow({ BASE_PATH: '/' }), reporter);
  expect(reporter.diagnostics).toEqual([]);
  return { stdout: lines.join('\n'), sw: readFileSync(join(site, 'sw.js'), 'utf8') };
}

/** The revision the worker holds for an address. */
const revisionOf = (sw: string, url: string) => new RegExp(`\\{url:"${url}",revision:"([0-9a-f]+)"\\}`).exec(sw)?.[1];

beforeAll(async () => {
  // A copy in a new folder: the first run there has no hashes kept from before.
  site = join(mkdtempSync(join(tmpdir(), 'papershelf-offline-')), 'dist');
  cpSync(buildSampleOrFail().outDir, site, { recursive: true });
  runs.push(await runOfflineStage(), await runOfflineStage());
  // One page written anew with other content, one rewritten in place with the same.
  writeFileSync(join(site, 'search', 'index.html.tmp'), `${readFileSync(join(site, 'search', 'index.html'), 'utf8')}\n`);
  renameSync(join(site, 'search', 'index.html.tmp'), join(site, 'search', 'index.html'));
  utimesSync(join(site, 'topics', 'index.html'), new Date(), new Date(Date.now() + 5000));
  rmSync(join(site, '404.html'));
  runs.push(await runOfflineStage());
});

afterAll(() => {
  rmSync(join(site, '..'), { recursive: true, force: true });
  rmSync(revisionCachePath(join(ROOT, '.papershelf', 'cache', 'offline'), site), { force: true });
});

test('the first run reads every file it precaches', () => {
  const files = Number(/sw\.js precaches (\d+) files/.exec(runs[0]!.stdout)![1]);
  expect(runs[0]!.stdout).toContain(`offline: ${files} files read, 0 files unchanged since the last build`);
});

test('a run with nothing changed reads no file, reuses the worker code and writes the same sw.js', () => {
  expect(runs[1]!.stdout).toMatch(/offline: 0 files read, \d+ files unchanged since the last build; worker code reused/);
  expect(runs[1]!.sw).toBe(runs[0]!.sw);
});

test('a run after changes reads only the files written since, and drops removed ones', () => {
  expect(runs[2]!.stdout).toMatch(/offline: 2 files read, \d+ files unchanged since the last build/);
  const [before, after] = [runs[1]!.sw, runs[2]!.sw];
  expect(revisionOf(after, '/search/index.html')).not.toBe(revisionOf(before, '/search/index.html'));
  expect(revisionOf(after, '/topics/index.html')).toBe(revisionOf(before, '/topics/index.html'));
  expect(revisionOf(after, '/index.html')).toBe(revisionOf(before, '/index.html'));
  expect(revisionOf(before, '/404.html')).toBeDefined();
  expect(revisionOf(after, '/404.html')).toBeUndefined();
});
