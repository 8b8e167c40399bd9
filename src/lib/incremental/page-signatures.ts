import { createHash } from 'node:crypto';
import { groupByTopic, neighbours, type TopicInfo } from '../catalog.ts';
import type { PaperData } from '../paper-schema.ts';
import type { Person } from '../people/group-authors.ts';
import { authorLinks, indexPeople } from '../people/people-index.ts';

/** A generated paper page as the site build reads it: its file text and front matter. */
export interface PageSource {
  slug: string;
  text: string;
  data: PaperData;
}

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

/** What pages depend on, as hashes (see {@link pageSignatures}). */
export interface PageSignatures {
  shared: string;
  pages: Record<string, string>;
  lists: string;
}

/**
 * What a paper page's HTML depends on, as hashes: `pages[slug]` covers the
 * page's own file, its previous/next papers and its related papers (slug →
 * related slugs, as the build script computed them); `shared` covers what every
 * page shows (the topic sidebar with its counts). A page whose hash and the
 * shared hash are both unchanged renders to the same HTML as last time, as
 * long as the code, configuration, taxonomy and notes are unchanged too (the
 * build script adds those to the shared hash). `lists` covers what the
 * topic pages and the all-papers pages show: each paper's title, date and
 * place in its topics' lists, its authors, venue, snippet, code badge and topic chips, and the people (the
 * author and year pages are lists too). A page links each author to their
 * person's page, so the person each name belongs to is part of the page's hash.
 */
export function pageSignatures(
  pages: readonly PageSource[],
  topics: readonly TopicInfo[],
  related: Readonly<Record<string, readonly string[]>> = {},
  people: readonly Person[] = [],
): PageSignatures {
  const index = indexPeople(people);
  const grouped = groupByTopic(pages.map((p) => p.data), topics);
  const primaryOf = new Map(grouped.map((t) => [t.slug, t]));
  const titles = new Map(pages.map((p) => [p.slug, p.data.title]));
  const signatures: Record<string, string> = {};
  for (const page of pages) {
    const primary = primaryOf.get(page.data.topics[0] ?? '');
    const { prev, next } = primary ? neighbours(primary, page.slug) : {};
    // A page lists its related papers by title: a new list or a renamed related paper changes it.
    const shown = (related[page.slug] ?? []).map((slug) => [slug, titles.get(slug)]);
    const authors = authorLinks(page.data.authors, index).map((a) => [a.slug, a.highlight]);
    signatures[page.slug] = hash(JSON.stringify([page.text, prev?.slug, prev?.title, next?.slug, next?.title, shown, authors]));
  }
  const sidebar = grouped.map((t) => [t.slug, t.name, t.papers.length]);
  // What the paper lists (topic pages, all papers) show of each paper, and the order they sort by.
  const listed = grouped.map((t) => [t.slug, t.papers.map((p) => [p.slug, p.title, p.date, p.listed, p.source.file, p.source.line, p.authors, p.venue, p.snippet, p.links.code.length > 0, p.topics])]);
  const persons = people.map((p) => [p.slug, p.name, p.names, p.papers, p.highlight, p.homepage, p.orcid]);
  return { shared: hash(JSON.stringify(sidebar)), pages: signatures, lists: hash(JSON.stringify([listed, persons])) };
}

/** What an incremental build renders: the paper pages to render and to reuse, and whether the list pages are reused too. */
export type RenderPlan = { all: true } | { all: false; render: string[]; reuse: string[]; reuseLists: boolean };

/**
 * Decides which paper pages must be rendered again: all of them when the
 * shared hash changed (or there is no previous build), else the pages that
 * are new or whose hash changed. Pages no longer present are simply not
 * carried over. The topic and all-papers pages are reused when their lists
 * are unchanged too (an edited abstract leaves them as they were).
 */
export function pagesToRender(
  previous: { shared: string; pages: Record<string, string>; lists?: string } | undefined,
  current: { shared: string; pages: Record<string, string>; lists?: string },
): RenderPlan {
  if (!previous || previous.shared !== current.shared) return { all: true };
  const render: string[] = [];
  const reuse: string[] = [];
  for (const [slug, signature] of Object.entries(current.pages)) (previous.pages[slug] === signature ? reuse : render).push(slug);
  const reuseLists = previous.lists !== undefined && previous.lists === current.lists;
  return { all: false, render: render.sort(), reuse: reuse.sort(), reuseLists };
}
