import { groupByTopic, type TopicInfo, type TopicWithPapers } from '../catalog.ts';
import type { PaperData } from '../paper-schema.ts';
import type { Person } from '../people/group-authors.ts';
import { indexPeople, type PeopleIndex } from '../people/people-index.ts';

/**
 * Everything the views read besides a page's own file: the catalog (every
 * paper, the topics with their papers in reading order), each paper's related
 * papers and the site's people. The paper route and the incremental build's
 * page signatures both make it with {@link viewContext} from the same data, so
 * a view computed from it is the same in both. Views are plain data (objects,
 * arrays, strings, numbers, booleans): what JSON holds is what is signed.
 */
export interface ViewContext {
  /** Every paper, in the order given. */
  papers: readonly PaperData[];
  bySlug: ReadonlyMap<string, PaperData>;
  /** The topics that have papers, in the site's order, each with its papers in reading order (see `groupByTopic`). */
  topics: readonly TopicWithPapers[];
  topicBySlug: ReadonlyMap<string, TopicWithPapers>;
  /** Each paper's related papers by slug, best first, as the paper-pages stage picked them. */
  related: ReadonlyMap<string, readonly string[]>;
  people: PeopleIndex;
}

/** The related lists as the paper-pages stage returns them, or as the site reads them back. */
export type RelatedLists = Readonly<Record<string, readonly string[]>> | ReadonlyMap<string, readonly string[]>;

/**
 * Makes the context of the views: `topics` in any order (they are sorted by
 * their `order`), `related` by slug, `people` as the paper-pages stage
 * grouped them. Costs one sort of the papers and one pass per topic.
 */
export function viewContext(papers: readonly PaperData[], topics: readonly TopicInfo[], related: RelatedLists = {}, people: readonly Person[] = []): ViewContext {
  const grouped = groupByTopic(papers, topics);
  return {
    papers,
    bySlug: new Map(papers.map((p) => [p.slug, p])),
    topics: grouped,
    topicBySlug: new Map(grouped.map((t) => [t.slug, t])),
    related: related instanceof Map ? related : new Map(Object.entries(related)),
    people: indexPeople(people),
  };
}

/** A topic as a link shows it: its page and its name. */
export interface TopicLink {
  slug: string;
  name: string;
}

/** Another paper as a link shows it: its page and its title. */
export interface PaperLink {
  slug: string;
  title: string;
}

/** The link to a paper. */
export function paperLink(paper: PaperData): PaperLink {
  return { slug: paper.slug, title: paper.title };
}

/** The link to a topic. */
export function topicLink(topic: TopicInfo): TopicLink {
  return { slug: topic.slug, name: topic.name };
}
