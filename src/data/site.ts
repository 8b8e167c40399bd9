import { getCollection, type CollectionEntry } from 'astro:content';
import { plan, settings } from 'virtual:papershelf/config';
import { groupByTopic, type TopicWithPapers } from '../lib/catalog.ts';
import type { PaperData } from '../lib/paper-schema.ts';
import type { Person } from '../lib/people/group-authors.ts';
import { indexPeople, type PeopleIndex } from '../lib/people/people-index.ts';
import { withBase } from '../lib/urls.ts';


/** Site title and tagline shown in the header and on the home page (set by SITE_TITLE / SITE_DESCRIPTION). */
export const SITE = { title: settings.title, description: settings.description };

/** Prefixes a site-relative path with the configured base path. */
export const url = (path = ''): string => withBase(settings.base, path);

/** Absolute URL of a site-relative path under the base path, for feeds and citations (`site` is Astro's). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site).href;
}

let cache: Promise<{ papers: PaperData[]; topics: TopicWithPapers[] }> | undefined;

/** All papers and topics, loaded once per build and shared by every page. */
export function loadCatalog() {
  cache ??= (async () => {
    const papers = (await getCollection('papers')).map((e) => e.data);
    const topics = (await getCollection('topics')).map((e) => e.data);
    return { papers, topics: groupByTopic(papers, topics) };
  })();
  return cache;
}

let related: Promise<Map<string, string[]>> | undefined;
let bySlug: Map<string, PaperData> | undefined;

/**
 * The related papers of a paper, best first; those no longer in the catalog
 * are skipped. All lists are read once, like the notes below.
 */
export async function findRelated(slug: string): Promise<PaperData[]> {
  related ??= getCollection('related').then((all) => new Map(all.map((e) => [e.id, e.data.related])));
  const [{ papers }, lists] = await Promise.all([loadCatalog(), related]);
  bySlug ??= new Map(papers.map((p) => [p.slug, p]));
  return (lists.get(slug) ?? []).flatMap((s) => bySlug!.get(s) ?? []);
}

let people: Promise<PeopleIndex> | undefined;

/** The site's people (authors merged across spellings), by slug and by spelling; loaded once per build. */
export function loadPeople(): Promise<PeopleIndex> {
  people ??= getCollection('people').then((all) => indexPeople(all.map((e) => e.data)));
  return people;
}

/** The papers of a person, in source order as the build script listed them; slugs no longer in the catalog are skipped. */
export async function papersOf(person: Person): Promise<PaperData[]> {
  const { papers } = await loadCatalog();
  bySlug ??= new Map(papers.map((p) => [p.slug, p]));
  return person.papers.flatMap((s) => bySlug!.get(s) ?? []);
}

/** A paper by slug, once the catalog is loaded. */
export async function paperBySlug(slug: string): Promise<PaperData | undefined> {
  const { papers } = await loadCatalog();
  bySlug ??= new Map(papers.map((p) => [p.slug, p]));
  return bySlug.get(slug);
}

let notes: Promise<Map<string, CollectionEntry<'notes'>>> | undefined;

/**
 * The hand-written note for a paper, when there is one. All notes are listed
 * once: asking for each paper's note by id would log a warning per paper
 * without one.
 */
export async function findNote(slug: string): Promise<CollectionEntry<'notes'> | undefined> {
  notes ??= getCollection('notes').then((all) => new Map(all.map((n) => [n.id, n])));
  return (await notes).get(slug);
}

const toRender = plan.render ? new Set(plan.render) : undefined;

/**
 * The slugs of the paper pages this build renders, when the build plan is
 * incremental (the other pages are carried over from the previous build);
 * undefined means every page.
 */
export function papersToRender(): Set<string> | undefined {
  return toRender;
}

/**
 * True when the topic, all-papers, author and year pages are carried over
 * from the previous build (their lists are unchanged), so their routes render nothing.
 */
export function listPagesReused(): boolean {
  return plan.reuseLists;
}
