import type { PaperData } from './paper-schema.ts';

/** Papers per page on lists that could otherwise grow with the corpus (home, all papers). */
export const PAGE_SIZE = 100;

/** A topic as the site shows it. */
export interface TopicInfo {
  slug: string;
  name: string;
  description: string;
  order: number;
}

/** A topic with its papers, in reading order. */
export interface TopicWithPapers extends TopicInfo {
  papers: PaperData[];
  /** Position of each paper's slug in `papers`, for constant-time prev/next. */
  positions: Map<string, number>;
}

/** Source order: by file, then line. This is the order the user's listing gave. */
export function compareBySource(a: PaperData, b: PaperData): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.source.line - b.source.line || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Groups papers by topic, keeping the taxonomy's order and dropping topics no
 * paper is on (the fallback topic is usually empty and then hidden).
 */
export function groupByTopic(papers: readonly PaperData[], topics: readonly TopicInfo[]): TopicWithPapers[] {
  const sorted = [...papers].sort(compareBySource);
  return [...topics]
    .sort((a, b) => a.order - b.order)
    .map((topic) => {
      const members = sorted.filter((p) => p.topics.includes(topic.slug));
      return { ...topic, papers: members, positions: new Map(members.map((p, i) => [p.slug, i])) };
    })
    .filter((t) => t.papers.length > 0);
}

/** The papers before and after `slug` within one topic's reading order. */
export function neighbours(topic: TopicWithPapers, slug: string): { prev?: PaperData; next?: PaperData } {
  const index = topic.positions.get(slug);
  if (index === undefined) return {};
  const prev = topic.papers[index - 1];
  const next = topic.papers[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
