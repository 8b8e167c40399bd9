/**
 * Stage: the papers' BibTeX files. Their text comes from one producer, the
 * paper-pages stage (`_citations.json`, see citation-files.ts); this stage
 * writes them into the built site as `papers/<slug>.bib`, and `astro dev`
 * serves them from the same file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { CITATIONS_FILE } from '../../src/lib/citations/citation-files.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { inBatches } from '../lib/fs-output.ts';

const readCitations = async (root: string, contentDir: string): Promise<Record<string, string>> =>
  JSON.parse(await readFile(resolve(root, contentDir, 'papers', CITATIONS_FILE), 'utf8').catch(() => '{}')) as Record<string, string>;

/** Writes every paper's `.bib` file into `site`; returns how many. */
export async function writeCitationFiles(root: string, site: string, settings: Settings): Promise<number> {
  const files = Object.entries(await readCitations(root, settings.contentDir));
  // Where Astro would write a route's file: the slug as it is, not URL-encoded.
  await inBatches(files, ([slug, text]) => writeFile(join(site, 'papers', `${slug}.bib`), text));
  return files.length;
}

/** Middleware for `astro dev`: answers `<base>papers/<slug>.bib` from the paper-pages stage's citations. */
export function serveCitationFiles(root: string, settings: Settings) {
  const pattern = new RegExp(`^${settings.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}papers/([^/]+)\\.bib$`);
  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const slug = pattern.exec((req.url ?? '').split('?')[0]!)?.[1];
    const text = slug === undefined ? undefined : (await readCitations(root, settings.contentDir))[decodeURIComponent(slug)];
    if (text === undefined) return next();
    res.setHeader('Content-Type', 'application/x-bibtex; charset=utf-8');
    res.end(text);
  };
}
