import { getCollection, type CollectionEntry } from 'astro:content';
import { plan, settings } from 'virtual:papershelf/config';
import type { TopicWithPapers } from '../lib/catalog.ts';
import type { PaperData } from '../lib/paper-schema.ts';
import type { PeopleIndex } from '../lib/people/people-index.ts';
import { withBase } from '../lib/urls.ts';
import { viewContext, type ViewContext } from '../lib/views/view-context.ts';


/** Site title and tagline shown in the header and on the home page (set by SITE_TITLE / SITE_DESCRIPTION). */
export const SITE = { title: settings.title, description: settings.description };

/** Prefixes a site-relative path with the configured base path. */
export const url = (path = ''): string => withBase(settings.base, path);

/** Absolute URL of a site-relative path under the base path, for feeds and citations (`site` is Astro's). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(url(path), site).href;
}

let context: Promise<ViewContext> | undefined;

/**
 * What the views read (src/lib/views/): every paper, the topics with their
 * papers, the related papers and the people, as the paper-pages stage wrote
 * them; loaded once per build. The incremental build signs each page with
 * the views it makes from the same data (see page-signatures.ts).
 */
export function loadViewContext(): Promise<ViewContext> {
  context ??= (async () => {
    const [papers, topics, related, people] = await Promise.all([getCollection('papers'), getCollection('topics'), getCollection('related'), getCollection('people')]);
    return viewContext(
      papers.map((e) => e.data),
      topics.map((e) => e.data),
      new Map(related.map((e) => [e.id, e.data.related])),
      people.map((e) => e.data),
    );
  })();
  return context;
}

let catalog: Promise<{ papers: PaperData[]; topics: TopicWithPapers[] }> | undefined;

/** All papers and topics, loaded once per build and shared by every page. */
export function loadCatalog(): Promise<{ papers: PaperData[]; topics: TopicWithPapers[] }> {
  catalog ??= loadViewContext().then(({ papers, topics }) => ({ papers: [...papers], topics: [...topics] }));
  return catalog;
}

/** The site's people (authors merged across spellings), by slug and by spelling; loaded once per build. */
export async function loadPeople(): Promise<PeopleIndex> {
  return (await loadViewContext()).people;
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
