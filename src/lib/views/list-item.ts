import type { PaperData } from '../paper-schema.ts';
import { paperYear } from '../papers/year-groups.ts';
import { authorList, LIST_AUTHORS, type AuthorList } from './author-list.ts';
import { topicLink, type TopicLink, type ViewContext } from './view-context.ts';

/**
 * One paper as a paper list (`PaperList`) shows it, exactly: the title
 * linking to its page, a line with its first authors, year and venue, the
 * opening of its abstract, a mark when it has code and up to three of its
 * topics as chips. Every list of papers (topic, all-papers, year, author and
 * home pages) shows papers this way and only this way.
 */
export interface ListItem {
  slug: string;
  title: string;
  /** True when the item has its meta line: authors, a date or listing date, or a venue (a listing date without a year leaves the line empty). */
  meta: boolean;
  /** The first {@link LIST_AUTHORS} authors, and the site's own people further down. */
  authors?: AuthorList;
  year?: string;
  venue?: string;
  snippet?: string;
  /** True when the paper links code: a mark, not a link. */
  code: boolean;
  /**
   * The topics a chip may show, in the paper's order: the first ones the site
   * has, as many as three chips need whichever one topic a list leaves out
   * (a topic page leaves out its own; see {@link chipsOf}).
   */
  topics: TopicLink[];
}

/** Most topic chips an item shows. */
export const CHIPS = 3;

/** The item of one paper. */
export function listItem(paper: PaperData, context: ViewContext): ListItem {
  const authors = authorList(paper.authors, context.people, LIST_AUTHORS);
  const year = paperYear(paper);
  return {
    slug: paper.slug,
    title: paper.title,
    meta: Boolean(paper.authors || paper.date || paper.listed || paper.venue),
    ...(authors ? { authors } : {}),
    ...(year ? { year } : {}),
    ...(paper.venue ? { venue: paper.venue } : {}),
    ...(paper.snippet ? { snippet: paper.snippet } : {}),
    code: paper.links.code.length > 0,
    topics: chipCandidates(paper.topics, context),
  };
}

/**
 * The first of a paper's topics the site has, until {@link CHIPS} are left
 * whichever one is taken out (four, unless a topic is named twice).
 */
function chipCandidates(slugs: readonly string[], context: ViewContext): TopicLink[] {
  const out: TopicLink[] = [];
  const counts = new Map<string, number>();
  let most = 0;
  for (const slug of slugs) {
    if (out.length - most >= CHIPS) break;
    const topic = context.topicBySlug.get(slug);
    if (!topic) continue;
    out.push(topicLink(topic));
    const n = (counts.get(slug) ?? 0) + 1;
    counts.set(slug, n);
    most = Math.max(most, n);
  }
  return out;
}

/** The chips of an item: its topics but `omit` (the topic a topic page lists), at most {@link CHIPS}. */
export function chipsOf(item: ListItem, omit?: string): TopicLink[] {
  return item.topics.filter((t) => t.slug !== omit).slice(0, CHIPS);
}

const cache = new WeakMap<ViewContext, Map<string, ListItem>>();

/**
 * The item of a paper, made once per context: a paper is on many lists
 * (its topics in two orders, all papers, its year, each of its authors),
 * and every list holds the same item.
 */
export function listItemOf(paper: PaperData, context: ViewContext): ListItem {
  let items = cache.get(context);
  if (!items) cache.set(context, (items = new Map()));
  let item = items.get(paper.slug);
  if (!item) items.set(paper.slug, (item = listItem(paper, context)));
  return item;
}

/** Items of the papers, in the order given. */
export function listItems(papers: readonly PaperData[], context: ViewContext): ListItem[] {
  return papers.map((p) => listItemOf(p, context));
}

/** A run of items of one year in a list, and the list number (1-based) of its first. */
export interface ItemYearGroup {
  /** Undefined for the undated items, which close a newest-first list. */
  year: string | undefined;
  items: ListItem[];
  start: number;
}

/** Splits a list into runs of the same year, in the list's order; `first` is the first item's number. */
export function yearGroups(items: readonly ListItem[], first = 1): ItemYearGroup[] {
  const groups: ItemYearGroup[] = [];
  items.forEach((item, i) => {
    const last = groups.at(-1);
    if (last && last.year === item.year) last.items.push(item);
    else groups.push({ year: item.year, items: [item], start: first + i });
  });
  return groups;
}
