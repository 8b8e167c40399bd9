import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root (tests run from it). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

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
 * Runs a step of the real build (`build-site.ts` by default, or
 * `build-papers.ts`) on a content folder, with the Node that runs the tests.
 */
export function runBuild(contentDir: string, options: { outDir?: string; basePath?: string; script?: 'build-site' | 'build-papers' } = {}): BuildResult {
  const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'papershelf-dist-')), 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${options.script ?? 'build-site'}.ts`)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, BASE_PATH: options.basePath ?? '/', SITE_URL: 'https://example.org' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, contentDir, outDir };
}
