import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Reads the manifest of the last build into `outDir`, if it still describes that folder. */
export async function readManifest(path: string, outDir: string): Promise<BuildManifest | undefined> {
  const manifest = await readFile(path, 'utf8').then((t) => JSON.parse(t) as BuildManifest).catch(() => undefined);
  return manifest && manifest.output === (await hashOutput(outDir)) ? manifest : undefined;
}

/** Writes a build manifest. */
export async function writeManifest(path: string, manifest: BuildManifest): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(manifest));
}

/** Every `index.html` under `dir` (recursively), relative to `root`. */
async function pagesUnder(root: string, dir: string): Promise<string[]> {
  return (await filesUnder(root, dir)).filter((file) => file.endsWith('index.html'));
}

/**
 * Carries the topic pages (`topics/<topic>/…/index.html`, not the topic index
 * or feeds), the all-papers pages and every author and year page over from
 * the previous output, for a build whose lists are unchanged.
 */
export async function carryOverLists(previousOut: string, staging: string): Promise<number> {
  const topicPages = (await pagesUnder(previousOut, join(previousOut, 'topics'))).filter((file) => file.split(/[\\/]/).length > 2);
  const lists = await Promise.all(['all', 'authors', 'years'].map((dir) => pagesUnder(previousOut, join(previousOut, dir))));
  const pages = [...topicPages, ...lists.flat()];
  for (const file of pages) await carry(join(previousOut, file), join(staging, file));
  return pages.length;
}

/** Hard-links (or copies) a file, creating its folder. */
async function carry(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Carries unchanged paper pages from the previous output into the new one,
 * plus any built asset the new build did not emit itself (a reused page may
 * refer to a stylesheet that only paper pages use).
 */
export async function carryOver(previousOut: string, staging: string, slugs: readonly string[]): Promise<number> {
  let carried = 0;
  for (const slug of slugs) {
    const file = join('papers', slug, 'index.html');
    if (existsSync(join(previousOut, file))) {
      await carry(join(previousOut, file), join(staging, file));
      carried++;
    }
  }
  for (const asset of await readdir(join(previousOut, '_astro')).catch(() => [] as string[])) {
    if (!existsSync(join(staging, '_astro', asset))) await carry(join(previousOut, '_astro', asset), join(staging, '_astro', asset));
  }
  return carried;
}
