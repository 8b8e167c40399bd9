import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectPaths } from '../../scripts/lib/project-paths.ts';
import { reportFileFor } from '../../scripts/lib/print-report.ts';
import { revisionCachePath } from '../../scripts/lib/precache-revisions.ts';
import { outputPaths } from '../../scripts/stages/swap-output.ts';
import { settingsOrThrow } from '../../src/lib/settings/read-settings.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
type Step = { uses?: string; run?: string; with?: Record<string, string> };
const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'deploy.yml'), 'utf8')) as { jobs: { build: { steps: Step[] } } };
const steps = workflow.jobs.build.steps;
const cacheAt = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
const cache = steps[cacheAt]!;
const lines = (text = '') => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('the deploy workflow keeps the incremental build state between runs', () => {
  test('restores it before the build and saves it after (actions/cache saves in its post step)', () => {
    expect(cacheAt).toBeGreaterThan(-1);
    expect(steps.findIndex((s) => s.run === 'npm run build')).toBeGreaterThan(cacheAt);
  });

  test('keeps every file the next build reads to decide what it may carry over, and no half-built folder', () => {
    // What the build itself says it keeps, for the settings the workflow builds with.
    const settings = settingsOrThrow({ SITE_URL: 'https://example.org', BASE_PATH: '/repo/' });
    const out = outputPaths(ROOT, settings);
    const state = [out.outDir, out.manifest, resolve(ROOT, settings.cacheDir), projectPaths(ROOT, settings.contentDir).searchSource, projectPaths(ROOT, settings.contentDir).papers, revisionCachePath(join(ROOT, '.papershelf', 'cache', 'offline'), out.outDir), reportFileFor(ROOT, settings.contentDir)];
    const kept = lines(cache.with?.path).filter((p) => !p.startsWith('!'));
    const dropped = lines(cache.with?.path).filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const file of state) expect(kept.some((p) => !relative(resolve(ROOT, p), file).startsWith('..')), relative(ROOT, file)).toBe(true);
    expect(dropped).toEqual(expect.arrayContaining([relative(ROOT, out.staging).split('/').slice(0, 2).join('/'), '.papershelf/trash']));
  });

  test('saves a new entry per commit and restores the newest one made with the same lock file', () => {
    expect(cache.with?.key).toBe("papershelf-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-${{ github.sha }}");
    expect(lines(cache.with?.['restore-keys'])).toEqual(["papershelf-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-"]);
  });
});
