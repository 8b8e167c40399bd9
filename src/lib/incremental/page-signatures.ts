import { createHash } from 'node:crypto';
import { groupByTopic, neighbours, type TopicInfo } from '../catalog.ts';
import type { PaperData } from '../paper-schema.ts';

/** A generated paper page as the site build reads it: its file text and front matter. */
export interface PageSource {
  slug: string;
  text: string;
  data: PaperData;
}

/** The data file next to the generated pages holding {@link pageSignatures} as the build script computed them. */
export const SIGNATURES_FILE = '_signatures.json';

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

/**
 * What a paper page's HTML depends on, as hashes: `pages[slug]` covers the
 * page's own file, its previous/next papers and its related papers (slug →
 * related slugs, as the build script computed them); `shared` covers what every
 * page shows (the topic sidebar with its counts). A page whose hash and the
 * shared hash are both unchanged renders to the same HTML as last time, as
 * long as the code, configuration, taxonomy and notes are unchanged too (the
 * build script adds those to the shared hash).
 */
export function pageSignatures(
  pages: readonly PageSource[],
  topics: readonly TopicInfo[],
  related: Readonly<Record<string, readonly string[]>> = {},
): { shared: string; pages: Record<string, string> } {
  const grouped = groupByTopic(pages.map((p) => p.data), topics);
  const primaryOf = new Map(grouped.map((t) => [t.slug, t]));
  const titles = new Map(pages.map((p) => [p.slug, p.data.title]));
  const signatures: Record<string, string> = {};
  for (const page of pages) {
    const primary = primaryOf.get(page.data.topics[0] ?? '');
    const { prev, next } = primary ? neighbours(primary, page.slug) : {};
    // A page lists its related papers by title: a new list or a renamed related paper changes it.
    const shown = (related[page.slug] ?? []).map((slug) => [slug, titles.get(slug)]);
    signatures[page.slug] = hash(JSON.stringify([page.text, prev?.slug, prev?.title, next?.slug, next?.title, shown]));
  }
  const sidebar = grouped.map((t) => [t.slug, t.name, t.papers.length]);
  return { shared: hash(JSON.stringify(sidebar)), pages: signatures };
}

/**
 * Decides which paper pages must be rendered again: all of them when the
 * shared hash changed (or there is no previous build), else the pages that
 * are new or whose hash changed. Pages no longer present are simply not
 * carried over.
 */
export function pagesToRender(
  previous: { shared: string; pages: Record<string, string> } | undefined,
  current: { shared: string; pages: Record<string, string> },
): { all: true } | { all: false; render: string[]; reuse: string[] } {
  if (!previous || previous.shared !== current.shared) return { all: true };
  const render: string[] = [];
  const reuse: string[] = [];
  for (const [slug, signature] of Object.entries(current.pages)) (previous.pages[slug] === signature ? reuse : render).push(slug);
  return { all: false, render: render.sort(), reuse: reuse.sort() };
}
