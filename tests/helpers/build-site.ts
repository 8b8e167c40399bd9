import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve, sep } from 'node:path';
import { inject } from 'vitest';
import { settingsOrThrow } from '../../src/lib/settings/read-settings.ts';
import { reportFileFor } from '../../scripts/lib/print-report.ts';
import { searchSourceFor } from '../../scripts/lib/project-paths.ts';
import { withLock, withTurn } from './run-lock.ts';

/** The project root (tests run from it). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The public origin the test builds are made for (canonical links point there). */
export const SITE_URL = 'https://example.org';

/** The result of one real build: exit status, output and where the site went. */
export interface BuildResult {
  status: number;
  stdout: string;
  stderr: string;
  contentDir: string;
  outDir: string;
}

/**
 * Makes a fresh content folder in a temporary directory with the given source
 * files (name → text), the project's taxonomy unless one is given, and
 * optional notes. Returns its absolute path.
 */
export function makeContentDir(sources: Record<string, string | Uint8Array>, options: { topics?: string; notes?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-content-'));
  mkdirSync(join(dir, 'sources'));
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, 'sources', name), text);
  writeFileSync(join(dir, 'topics.yaml'), options.topics ?? readFileSync(join(ROOT, 'content', 'topics.yaml'), 'utf8'));
  mkdirSync(join(dir, 'notes'));
  for (const [name, text] of Object.entries(options.notes ?? {})) writeFileSync(join(dir, 'notes', name), text);
  return dir;
}

/** Copies a fixture folder (with a `sources/` folder inside) to a fresh content folder. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'papershelf-content-'));
  cpSync(join(ROOT, 'tests', 'fixtures', name), dir, { recursive: true });
  return dir;
}

/**
 * The environment a build step gets: the test process's without what Vitest
 * adds to it (`BASE_URL`, `MODE`, `NODE_ENV=test`, ...; Astro reads
 * `BASE_URL` from the environment when it renders pages, so an inherited `/`
 * would win over `BASE_PATH`), with the settings of a test build.
 */
export function buildEnvironment(contentDir: string, outDir: string, options: { basePath?: string; env?: Record<string, string> } = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return { ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BASE_PATH: options.basePath ?? '/', SITE_URL, ...options.env };
}

/**
 * Runs a step of the real build (`build-site.ts` by default, or
 * `build-papers.ts`) on a content folder, with the Node that runs the tests;
 * `env` adds settings such as `OFFLINE_PAGES`.
 *
 * Inside a test run, site builds take turns across the run's workers (see
 * {@link ASTRO_TURNS}); `build-papers.ts` runs no Astro and needs no turn.
 */
export function runBuild(contentDir: string, options: { outDir?: string; basePath?: string; script?: 'build-site' | 'build-papers'; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'papershelf-dist-')), 'dist');
  const script = options.script ?? 'build-site';
  const run = () =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`)], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...buildEnvironment(contentDir, outDir, options),
        // The astro and pagefind launchers start `node` from PATH: make it the Node running the tests.
        PATH: [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
  const runDir = script === 'build-site' ? runFolder() : undefined;
  const result = runDir ? withTurn(join(runDir, ASTRO_TURNS), hasNotes(contentDir), run) : run();
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, contentDir, outDir };
}

/**
 * The folder, in the run folder, of the turns site builds take. Astro keeps
 * the module list of a content folder's MDX notes in the project's one
 * `.astro/content-modules.mjs`, whatever the content folder, and reads it
 * back while it bundles: a build beside one with notes overwrites its list
 * and a note fails to render. So a build of a content folder with notes runs
 * alone; builds without (whose lists are all the same empty one) run side by
 * side.
 */
const ASTRO_TURNS = 'astro-builds';

/** True when a content folder has hand-written notes (see {@link ASTRO_TURNS}). */
function hasNotes(contentDir: string): boolean {
  const notes = join(contentDir, 'notes');
  return existsSync(notes) && readdirSync(notes, { recursive: true }).length > 0;
}

/** The folder of the current test run (see `tests/helpers/global-setup.ts`), or undefined outside one. */
function runFolder(): string | undefined {
  try {
    return inject('papershelfRunDir') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies the project's own content (sources, topics.yaml, notes; never the
 * generated pages) to `<site>/content`, `site` being a new temporary folder
 * unless given, next to a link to `src/`, so notes that import components by
 * their path inside the project still resolve. Returns the content folder.
 */
export function copySampleContent(site = mkdtempSync(join(tmpdir(), 'papershelf-sample-'))): string {
  const dir = join(site, 'content');
  mkdirSync(dir);
  for (const name of ['sources', 'topics.yaml', 'notes']) {
    if (existsSync(join(ROOT, 'content', name))) cpSync(join(ROOT, 'content', name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'src'), join(site, 'src'));
  return dir;
}

/**
 * What a build keeps for a content folder inside the project: Astro's cache,
 * the search pages and the folder of the full report.
 */
function buildCachePaths(contentDir: string): string[] {
  const paths = [join(ROOT, settingsOrThrow({ CONTENT_DIR: contentDir }).cacheDir), searchSourceFor(ROOT, contentDir)];
  const report = dirname(reportFileFor(ROOT, contentDir));
  if (report.startsWith(join(ROOT, '.papershelf', 'reports') + sep)) paths.push(report);
  return paths;
}

/** Deletes what the build keeps for a content folder inside the project (Astro's cache, the search pages, the report). */
export function removeBuildCache(contentDir: string): void {
  for (const path of buildCachePaths(contentDir)) rmSync(path, { recursive: true, force: true });
}

/** The record of a shared build in its folder, and the list of what to delete when the run ends. */
const RECORD = 'build.json';
const CLEANUP = 'cleanup.json';

/**
 * A build shared by every test file of a run that asks for the same `key`:
 * the first one makes it with `make` in `<run folder>/<key>/`, while files
 * in other workers asking for it wait; later ones get the same result,
 * failed builds included. What the build keeps inside the project (see
 * {@link removeBuildCache}) stays until the run ends, so callers can read
 * the search pages too. Callers must only read the build. Outside a test
 * run every call builds afresh.
 */
function sharedBuild(key: string, make: (site: string) => BuildResult): BuildResult {
  const runDir = runFolder();
  if (!runDir) return make(mkdtempSync(join(tmpdir(), 'papershelf-shared-')));
  const dir = join(runDir, key);
  const record = join(dir, RECORD);
  const recorded = () => (existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as BuildResult) : undefined);
  return (
    recorded() ??
    withLock(join(runDir, `${key}.lock`), () => {
      const again = recorded();
      if (again) return again;
      mkdirSync(dir, { recursive: true });
      const result = make(dir);
      writeFileSync(join(dir, CLEANUP), JSON.stringify(buildCachePaths(result.contentDir)));
      writeFileSync(record, JSON.stringify(result));
      return result;
    })
  );
}

/**
 * Builds the bundled sample (a copy of `content/`) at a base path, once per
 * test run (see {@link sharedBuild}). Callers must only read it.
 */
export function buildSample(basePath = '/'): BuildResult {
  return sharedBuild(`sample${basePath.replace(/[^A-Za-z0-9]+/g, '-')}`, (site) => runBuild(copySampleContent(site), { basePath, outDir: join(site, 'dist') }));
}

/**
 * Builds a fixture folder (see {@link copyFixture}) at the root, once per test
 * run (see {@link sharedBuild}). Callers must only read it.
 */
export function buildFixture(name: string): BuildResult {
  return sharedBuild(`fixture-${name}`, (site) => {
    const contentDir = join(site, 'content');
    cpSync(join(ROOT, 'tests', 'fixtures', name), contentDir, { recursive: true });
    return runBuild(contentDir, { outDir: join(site, 'dist') });
  });
}

/** One entry of a built site's `papers.json`. */
export interface PaperEntry {
  slug: string;
  url: string;
  title: string;
  topics: string[];
  links: { code: string[]; project: string[] };
  listed?: string;
  hasAbstract: boolean;
  source: { file: string; line: number };
}

/** Reads `papers.json` from a built site. */
export function readPapersJson(outDir: string): { count: number; papers: PaperEntry[] } {
  return JSON.parse(readFileSync(join(outDir, 'papers.json'), 'utf8')) as { count: number; papers: PaperEntry[] };
}

/**
 * A build of the sample for the tests of one file, `expect`ed to succeed;
 * shows the build output when it did not.
 */
export function buildSampleOrFail(basePath = '/'): BuildResult {
  const result = buildSample(basePath);
  if (result.status !== 0) throw new Error(`The sample build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * The build of a fixture folder shared by the run (see {@link buildFixture}),
 * `expect`ed to succeed; shows the build output when it did not. Callers
 * must only read it.
 */
export function buildFixtureOrFail(name: string): BuildResult {
  const result = buildFixture(name);
  if (result.status !== 0) throw new Error(`The build of tests/fixtures/${name} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * Removes everything a build made: its content copy, its Astro cache and its
 * output folder. A shared build (in the run folder) is left alone: other
 * files read it, and the run removes it when it ends.
 */
export function removeBuild(result: BuildResult): void {
  const runDir = runFolder();
  if (runDir && result.outDir.startsWith(runDir + sep)) return;
  removeBuildCache(result.contentDir);
  rmSync(result.contentDir, { recursive: true, force: true });
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
}
