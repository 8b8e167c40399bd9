import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { TopicInfo } from '../../src/lib/catalog.ts';
import { pageSignatures, type PageSource } from '../../src/lib/incremental/page-signatures.ts';
import type { PaperData } from '../../src/lib/paper-schema.ts';
import { parsePaperPage } from '../../src/lib/papers/render-page.ts';
import { RELATED_FILE } from '../../src/lib/related/related-papers.ts';
import { DERIVED_TOPICS_FILE } from '../../src/lib/topics/place-papers.ts';
import { FALLBACK_TOPIC, parseTaxonomy, type Topic } from '../../src/lib/topics/taxonomy.ts';

/** What one build of an output folder rendered from, kept to decide what the next build may reuse. */
export interface BuildManifest {
  shared: string;
  pages: Record<string, string>;
  /** Hash of the output's papers.json: proves the output folder is still the one described. */
  output: string;
}

/** Environment variables that change what pages look like. */
const SITE_ENV = ['SITE_URL', 'BASE_PATH', 'SITE_TITLE', 'SITE_DESCRIPTION', 'OFFLINE_PAGES'];

/** Every file under `dir` (recursively), sorted, as paths relative to `root`. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))).sort();
}

/** Hash of the site's code, configuration, lock file, taxonomy, notes and settings: any change renders every page. */
async function hashSiteInputs(root: string, contentDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [
    ...(await filesUnder(root, join(root, 'src'))),
    ...(await filesUnder(root, join(root, 'public'))),
    ...(await filesUnder(root, join(contentDir, 'notes'))),
    ...['astro.config.mjs', 'package-lock.json', relative(root, join(contentDir, 'topics.yaml'))],
  ];
  for (const file of files) hash.update(`${file}\0`).update(await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  for (const key of SITE_ENV) hash.update(`${key}=${process.env[key] ?? ''}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Reads the generated paper pages and the taxonomy, and hashes what each page's HTML depends on. */
export async function signBuild(root: string, contentDir: string): Promise<Omit<BuildManifest, 'output'>> {
  const papersDir = join(contentDir, 'papers');
  const names = (await readdir(papersDir).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx'));
  const pages: PageSource[] = [];
  for (const name of names) {
    const text = await readFile(join(papersDir, name), 'utf8');
    pages.push({ slug: name.slice(0, -4), text, data: parsePaperPage(text).data as unknown as PaperData });
  }
  const taxonomy = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => '');
  // The same data files the site's loaders read next to the pages: derived topics and related papers.
  const readData = <T>(name: string, empty: T): Promise<T> => readFile(join(papersDir, name), 'utf8').then((t) => JSON.parse(t) as T).catch(() => empty);
  const derived = await readData<Topic[]>(DERIVED_TOPICS_FILE, []);
  const related = await readData<Record<string, string[]>>(RELATED_FILE, {});
  const taxonomyTopics = taxonomy ? parseTaxonomy(taxonomy, 'topics.yaml').topics : [];
  const topics: TopicInfo[] = [...taxonomyTopics, ...derived, FALLBACK_TOPIC].map((t, order) => ({ ...t, order }));
  const signed = pageSignatures(pages, topics, related);
  return { shared: `${signed.shared}-${await hashSiteInputs(root, contentDir)}`, pages: signed.pages };
}

/** Hash of an output folder's papers.json, or undefined when there is none. */
export async function hashOutput(outDir: string): Promise<string | undefined> {
  const text = await readFile(join(outDir, 'papers.json')).catch(() => undefined);
  return text && createHash('sha256').update(text).digest('hex').slice(0, 16);
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

/** Hard-links (or copies) a file, creating its folder. */
async function carry(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Carries unchanged paper pages and their BibTeX files from the previous output into the new one,
 * plus any built asset the new build did not emit itself (a reused page may
 * refer to a stylesheet that only paper pages use).
 */
export async function carryOver(previousOut: string, staging: string, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs) {
    for (const file of [join('papers', slug, 'index.html'), join('papers', `${slug}.bib`)]) {
      if (existsSync(join(previousOut, file))) await carry(join(previousOut, file), join(staging, file));
    }
  }
  for (const asset of await readdir(join(previousOut, '_astro')).catch(() => [] as string[])) {
    if (!existsSync(join(staging, '_astro', asset))) await carry(join(previousOut, '_astro', asset), join(staging, '_astro', asset));
  }
}
