import { createHash } from 'node:crypto';
import type { TopicInfo } from '../catalog.ts';
import type { PaperData } from '../paper-schema.ts';
import type { Person } from '../people/group-authors.ts';
import { listViews } from '../views/list-pages.ts';
import { paperView } from '../views/paper-view.ts';
import { paperPeopleOf, personLinkOf } from '../views/people-views.ts';
import { viewContext, type RelatedLists, type ViewContext } from '../views/view-context.ts';

/** A generated paper page as the site build reads it: its file text and front matter. */
export interface PageSource {
  slug: string;
  text: string;
  data: PaperData;
}

const digest = (hash: ReturnType<typeof createHash>) => hash.digest('hex').slice(0, 16);
const hash = (value: string) => digest(createHash('sha256').update(value));

/** What pages depend on, as hashes (see {@link pageSignatures}). */
export interface PageSignatures {
  shared: string;
  pages: Record<string, string>;
  lists: string;
}

/**
 * What the pages' HTML depends on, as hashes, from the same views the routes
 * render from (src/lib/views/), made from the same data: `pages[slug]`
 * covers the paper page's own file and its {@link paperView} (its topics,
 * previous and next papers, related papers, author links and author
 * filters); `shared` covers what every page shows (the topic sidebar with its
 * counts); `lists` covers the views of the list pages (see `listViews`: the
 * topic, all-papers, year and author pages). A page whose hash and the shared
 * hash are both unchanged renders to the same HTML as last time, as long as
 * the code, configuration, taxonomy and notes are unchanged too (the build
 * script adds those to the shared hash). `related` gives each page's related
 * slugs as the paper-pages stage picked them, `people` its people.
 */
export function pageSignatures(pages: readonly PageSource[], topics: readonly TopicInfo[], related: RelatedLists = {}, people: readonly Person[] = []): PageSignatures {
  const context = viewContext(pages.map((p) => p.data), topics, related, people);
  const signatures: Record<string, string> = {};
  // JSON holds no raw line break: the first one ends the view.
  for (const page of pages) signatures[page.slug] = digest(createHash('sha256').update(JSON.stringify(paperView(page.data, context))).update('\n').update(page.text));
  const sidebar = context.topics.map((t) => [t.slug, t.name, t.papers.length]);
  return { shared: hash(JSON.stringify(sidebar)), pages: signatures, lists: listsSignature(context) };
}

/**
 * The hash of the list views. A paper's item and its people, and a person's
 * link, are on many lists; every list holds the same object (see
 * `listItemOf`, `paperPeopleOf`, `personLinkOf`), so each is written out
 * once, in a table, and the lists name it by its place there: the same
 * content, a fraction of the text to hash.
 */
function listsSignature(context: ViewContext): string {
  const views = listViews(context);
  // Every paper is on the all-papers list, in source order (slug breaks ties).
  const papers = views.all.map((item) => context.bySlug.get(item.slug)!);
  const table: object[] = [...views.all, ...papers.map((p) => paperPeopleOf(p, context)), ...context.people.people.map((p) => personLinkOf(p, context))];
  const places = new Map<object, number>(table.map((o, i) => [o, i]));
  const rows = table.map((o) => byPlace({ ...o }, places));
  return digest(createHash('sha256').update(JSON.stringify(rows)).update('\n').update(JSON.stringify(byPlace(views, places))));
}

/**
 * `value` with each object of `places` replaced by its number there (far
 * faster than a replacer function in `JSON.stringify`). Views are plain data:
 * a Map, a Set or a class instance would be written as `{}`, its content
 * missing from the hash, so it is refused.
 */
function byPlace(value: unknown, places: ReadonlyMap<object, number>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const place = places.get(value);
  if (place !== undefined) return place;
  if (Array.isArray(value)) return value.map((v) => byPlace(v, places));
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new TypeError(`A view holds a ${value.constructor?.name ?? 'non-plain object'}: views must be plain objects, arrays, strings, numbers and booleans.`);
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = byPlace((value as Record<string, unknown>)[key], places);
  return out;
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
