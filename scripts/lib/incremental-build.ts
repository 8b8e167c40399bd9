import { createHash } from 'node:crypto';
import { constants, existsSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { PageSignatures } from '../../src/lib/incremental/page-signatures.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { listSiteFiles } from './site-files.ts';

/** What one build of an output folder rendered from, kept to decide what the next build may reuse. */
export interface BuildManifest {
  shared: string;
  pages: Record<string, string>;
  /** Hash of what the topic and all-papers pages list. */
  lists?: string;
  /** Fingerprint of the output folder ({@link hashOutput}): proves it is still the one described. */
  output: string;
}

/**
 * The settings that change what pages look like: every setting (so a new one
 * counts without being listed here) but where files go.
 */
function pageSettings(settings: Settings): string {
  const { outDir: _out, cacheDir: _cache, ...shown } = settings;
  return JSON.stringify(shown);
}

/** Every file under `dir` (recursively), sorted, as paths relative to `root`. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

/** Hash of the site's code, configuration, lock file, taxonomy, notes and settings: any change renders every page. */
async function hashSiteInputs(root: string, settings: Settings, noteFiles: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  const contentDir = resolve(root, settings.contentDir);
  const files = [
    ...(await filesUnder(root, join(root, 'src'))),
    ...(await filesUnder(root, join(root, 'public'))),
    ...noteFiles,
    // Citation styles a user added format every paper page's "Cite as".
    ...(await filesUnder(root, join(contentDir, 'csl'))),
    ...['astro.config.mjs', 'package-lock.json', relative(root, join(contentDir, 'topics.yaml'))],
  ];
  for (const file of files) hash.update(`${file}\0`).update(await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  hash.update(pageSettings(settings));
  return hash.digest('hex').slice(0, 16);
}

/**
 * What each paper page's HTML depends on: the signatures the paper-pages
 * stage computed (`pageSignatures`), with the site's code, configuration,
 * settings and notes (`noteFiles`, relative to `root`) added to the shared part.
 */
export async function signBuild(root: string, settings: Settings, signatures: PageSignatures, noteFiles: readonly string[]): Promise<Omit<BuildManifest, 'output'>> {
  return { ...signatures, shared: `${signatures.shared}-${await hashSiteInputs(root, settings, noteFiles)}` };
}

/**
 * Fingerprint of an output folder: its `papers.json` and the path, size and
 * modification time of every page, or undefined when there is no
 * `papers.json`. A page deleted or edited by hand since the last build changes
 * it, so the next build renders everything instead of carrying over what is
 * no longer there.
 */
export async function hashOutput(outDir: string): Promise<string | undefined> {
  const text = await readFile(join(outDir, 'papers.json')).catch(() => undefined);
  if (!text) return undefined;
  const hash = createHash('sha256').update(text);
  for (const file of listSiteFiles(outDir).filter((f) => f.endsWith('.html')).sort()) {
    const { size, mtimeMs } = statSync(join(outDir, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Whether parsed JSON has the fields of a {@link BuildManifest}: one cut short or from another version is no manifest. */
function isManifest(value: unknown): value is BuildManifest {
  if (typeof value !== 'object' || value === null) return false;
  const { shared, pages, lists, output } = value as Record<string, unknown>;
  const signatures = typeof pages === 'object' && pages !== null && !Array.isArray(pages) && Object.values(pages).every((v) => typeof v === 'string');
  return typeof shared === 'string' && signatures && (lists === undefined || typeof lists === 'string') && typeof output === 'string';
}

/**
 * Reads the manifest of the last build into `outDir`, if it still describes
 * that folder; undefined when the file is missing or not a manifest, or the
 * folder changed since.
 */
export async function readManifest(path: string, outDir: string): Promise<BuildManifest | undefined> {
  const manifest: unknown = await readFile(path, 'utf8').then((t) => JSON.parse(t)).catch(() => undefined);
  return isManifest(manifest) && manifest.output === (await hashOutput(outDir)) ? manifest : undefined;
}

/** Writes a build manifest. */
export async function writeManifest(path: string, manifest: BuildManifest): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(manifest));
}

/** Every page (`index.html`) under `dir` (recursively), relative to `root`. */
async function pagesUnder(root: string, dir: string): Promise<string[]> {
  return (await filesUnder(root, dir)).filter((file) => basename(file) === 'index.html');
}

/**
 * Carries the topic pages (`topics/<topic>/…/index.html`, not the topic index
 * or feeds), the all-papers pages and every author and year page over from
 * the previous output, for a build whose lists are unchanged. Returns how
 * many were carried: a page the new build wrote itself is kept, not counted.
 */
export async function carryOverLists(previousOut: string, staging: string): Promise<number> {
  const topicPages = (await pagesUnder(previousOut, join(previousOut, 'topics'))).filter((file) => file.split(/[\\/]/).length > 2);
  const lists = await Promise.all(['all', 'authors', 'years'].map((dir) => pagesUnder(previousOut, join(previousOut, dir))));
  let carried = 0;
  for (const file of [...topicPages, ...lists.flat()]) if (await carry(join(previousOut, file), join(staging, file))) carried++;
  return carried;
}

/**
 * Hard-links (or, across file systems, copies) a file, creating its folder;
 * false when `to` exists already, which is left as it is: what the new build
 * wrote is newer than anything carried.
 */
async function carry(from: string, to: string): Promise<boolean> {
  await mkdir(dirname(to), { recursive: true });
  const exists = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if (exists(error)) return false;
  }
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (exists(error)) return false;
    throw error;
  }
}

/**
 * Carries the named unchanged paper pages from the previous output into the
 * new one, plus any built asset the new build did not emit itself (a reused
 * page may refer to a stylesheet that only paper pages use). Returns how many
 * pages were carried: one missing from the previous output, or written by the
 * new build, is not.
 */
export async function carryOver(previousOut: string, staging: string, slugs: readonly string[]): Promise<number> {
  let carried = 0;
  for (const slug of slugs) {
    const file = join('papers', slug, 'index.html');
    if (existsSync(join(previousOut, file)) && (await carry(join(previousOut, file), join(staging, file)))) carried++;
  }
  for (const asset of await filesUnder(previousOut, join(previousOut, '_astro'))) await carry(join(previousOut, asset), join(staging, asset));
  return carried;
}
