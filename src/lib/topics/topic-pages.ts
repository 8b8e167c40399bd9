import { PAGE_SIZE } from '../catalog.ts';
import { paperDate, sortNewestFirst } from '../feeds/paper-date.ts';
import type { PaperData } from '../paper-schema.ts';
import { topicPath } from '../urls.ts';

/** Most papers listed on one topic page: the site's page size. */
export const PAPERS_PER_PAGE = PAGE_SIZE;

/** How a topic's papers are listed: newest first (source order when undated), or by title. */
export type TopicOrder = 'date' | 'title';

/** One page of a topic listing. */
export interface TopicPage {
  order: TopicOrder;
  /** 1-based. */
  number: number;
  /** Total pages in this order. */
  count: number;
  papers: PaperData[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Papers by title, case and accents ignored, numbers in numeric order; slug breaks ties. */
export function sortByTitle(papers: readonly PaperData[]): PaperData[] {
  return [...papers].sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Papers in a topic's order: `date` keeps source order for undated papers (the topic's own order). */
export function orderPapers(papers: readonly PaperData[], order: TopicOrder): PaperData[] {
  return order === 'title' ? sortByTitle(papers) : sortNewestFirst(papers, paperDate);
}

/**
 * Splits a topic into pages of at most {@link PAPERS_PER_PAGE} papers in both
 * orders. A topic always has at least one page per order.
 */
export function paginateTopic(topic: { papers: readonly PaperData[] }, perPage = PAPERS_PER_PAGE): TopicPage[] {
  return (['date', 'title'] as const).flatMap((order) => {
    const sorted = orderPapers(topic.papers, order);
    const count = Math.max(1, Math.ceil(sorted.length / perPage));
    return Array.from({ length: count }, (_, i) => ({ order, number: i + 1, count, papers: sorted.slice(i * perPage, (i + 1) * perPage) }));
  });
}

/**
 * The URL segments after `topics/<topic>/` of a page: none for the first page
 * in date order (the topic's address stays what it always was), `2/`, `3/`
 * for the next ones, `by-title/`, `by-title/2/` in title order.
 */
export function topicPageRest(order: TopicOrder, number: number): string | undefined {
  const parts = [...(order === 'title' ? ['by-title'] : []), ...(number > 1 ? [String(number)] : [])];
  return parts.length ? parts.join('/') : undefined;
}

/** Site-relative path of a topic page. */
export function topicPagePath(topic: string, order: TopicOrder, number: number): string {
  const rest = topicPageRest(order, number);
  return `${topicPath(topic)}${rest ? `${rest}/` : ''}`;
}
