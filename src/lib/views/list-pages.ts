/**
 * The views of the paper lists: the all-papers, topic and year pages (the
 * author pages are in people-views.ts). The list routes render from these and
 * nothing else, and the incremental build hashes them (see {@link listViews}):
 * when they are unchanged, the list pages are carried over.
 */
import { compareBySource } from '../catalog.ts';
import { paginateYears } from '../papers/year-groups.ts';
import { paginateTopic, type TopicOrder } from '../topics/topic-pages.ts';
import { listItems, type ListItem } from './list-item.ts';
import { authorIndexView, personViews, type AuthorIndexView, type PersonView } from './people-views.ts';
import type { ViewContext } from './view-context.ts';

/** Every paper in the order of its source (the all-papers pages, 100 to a page). */
export function allPapersView(context: ViewContext): ListItem[] {
  return listItems([...context.papers].sort(compareBySource), context);
}

/** One page of a topic's listing. */
export interface TopicListPage {
  order: TopicOrder;
  /** 1-based. */
  number: number;
  /** Pages in this order. */
  count: number;
  items: ListItem[];
}

/** A topic's listing: what its pages show, in both orders (see `paginateTopic`). */
export interface TopicListing {
  slug: string;
  name: string;
  description: string;
  /** Papers on the topic. */
  total: number;
  /** True when any paper on it has a date: newest first is then the order, grouped by year. */
  dated: boolean;
  pages: TopicListPage[];
}

/** Every topic's listing, in the site's order. */
export function topicListings(context: ViewContext): TopicListing[] {
  return context.topics.map((topic) => {
    const pages = paginateTopic(topic).map(({ order, number, count, papers }) => ({ order, number, count, items: listItems(papers, context) }));
    // A paper has a date when it has a year; the newest-first pages hold them all.
    const dated = pages.some((p) => p.order === 'date' && p.items.some((i) => i.year !== undefined));
    return { slug: topic.slug, name: topic.name, description: topic.description, total: topic.papers.length, dated, pages };
  });
}

/** One page of a year's listing. */
export interface YearListPage {
  year: string;
  /** 1-based. */
  number: number;
  /** Pages of this year. */
  count: number;
  items: ListItem[];
}

/** The year pages (see `paginateYears`) and the years index: each year with its number of papers, newest first. */
export interface YearsView {
  years: { year: string; count: number }[];
  pages: YearListPage[];
}

/** The views of the years index and the year pages. */
export function yearsView(context: ViewContext): YearsView {
  const pages = paginateYears(context.papers).map(({ year, number, count, papers }) => ({ year, number, count, items: listItems(papers, context) }));
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(page.year, (counts.get(page.year) ?? 0) + page.items.length);
  return { years: [...counts].map(([year, count]) => ({ year, count })), pages };
}

/** A topic as the topic grid shows it: its page, name, number of papers and description. */
export interface TopicCard {
  slug: string;
  name: string;
  description: string;
  count: number;
}

/** The topic grid of the home page and the topics index, in the site's order. */
export function topicCards(context: ViewContext): TopicCard[] {
  return context.topics.map((t) => ({ slug: t.slug, name: t.name, description: t.description, count: t.papers.length }));
}

/** Everything the carried-over list pages show: the all-papers, topic, year, author index and person pages. */
export interface ListViews {
  all: ListItem[];
  topics: TopicListing[];
  years: YearsView;
  authors: AuthorIndexView;
  people: PersonView[];
}

/** The views of every list page the incremental build may carry over. */
export function listViews(context: ViewContext): ListViews {
  return { all: allPapersView(context), topics: topicListings(context), years: yearsView(context), authors: authorIndexView(context), people: personViews(context) };
}
