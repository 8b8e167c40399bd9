import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { settingsOrThrow } from '../../src/lib/settings/read-settings.ts';
import { searchSourceFor } from '../../scripts/lib/project-paths.ts';

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
 * The environment of the test process without what Vitest adds to it
 * (`BASE_URL`, `MODE`, `NODE_ENV=test`, ...): Astro reads `BASE_URL` from
 * the environment when it renders pages, so an inherited `/` would win over
 * `BASE_PATH`.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/**
 * Runs a step of the real build (`build-site.ts` by default, or
 * `build-papers.ts`) on a content folder, with the Node that runs the tests;
 * `env` adds settings such as `OFFLINE_PAGES`.
 */
export function runBuild(contentDir: string, options: { outDir?: string; basePath?: string; script?: 'build-site' | 'build-papers'; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'papershelf-dist-')), 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${options.script ?? 'build-site'}.ts`)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...buildEnvironment(),
      // The astro and pagefind launchers start `node` from PATH: make it the Node running the tests.
      PATH: [dirname(process.execPath), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      BASE_PATH: options.basePath ?? '/',
      SITE_URL,
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, contentDir, outDir };
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

/** Deletes Astro's cache folder and the search pages of a content folder (the build keeps them per folder inside the project). */
export function removeBuildCache(contentDir: string): void {
  rmSync(join(ROOT, settingsOrThrow({ CONTENT_DIR: contentDir }).cacheDir), { recursive: true, force: true });
  rmSync(searchSourceFor(ROOT, contentDir), { recursive: true, force: true });
}

/**
 * Builds the bundled sample (a copy of `content/`) at a base path, once per
 * test run: the first file that asks builds it into the run folder made by
 * `tests/helpers/global-setup.ts`, later files get the same build. Callers
 * must only read it. Outside such a run every call builds afresh.
 */
export function buildSample(basePath = '/'): BuildResult {
  const runDir = inject('papershelfRunDir');
  const build = (site?: string) => {
    const contentDir = copySampleContent(site);
    const result = runBuild(contentDir, site ? { basePath, outDir: join(site, 'dist') } : { basePath });
    removeBuildCache(contentDir);
    return result;
  };
  if (!runDir) return build();
  const dir = join(runDir, `sample${basePath.replace(/[^A-Za-z0-9]+/g, '-')}`);
  const record = join(dir, 'build.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as BuildResult;
  mkdirSync(dir, { recursive: true });
  const result = build(dir);
  if (result.status === 0) writeFileSync(record, JSON.stringify(result));
  return result;
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
 * Builds a fixture folder (see {@link copyFixture}) into a fresh site, `expect`ed
 * to succeed; shows the build output when it did not.
 */
export function buildFixtureOrFail(name: string): BuildResult {
  const result = runBuild(copyFixture(name));
  if (result.status !== 0) throw new Error(`${result.stdout}\n${result.stderr}`);
  return result;
}

/** Removes everything a build made: its content copy, its Astro cache and its output folder. */
export function removeBuild(result: BuildResult): void {
  removeBuildCache(result.contentDir);
  rmSync(result.contentDir, { recursive: true, force: true });
  rmSync(join(result.outDir, '..'), { recursive: true, force: true });
}
