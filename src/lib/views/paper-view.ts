import { neighbours } from '../catalog.ts';
import type { PaperData } from '../paper-schema.ts';
import { authorFilterNames } from '../people/people-index.ts';
import { authorList, type AuthorList } from './author-list.ts';
import { paperLink, topicLink, type PaperLink, type TopicLink, type ViewContext } from './view-context.ts';

export type { PaperLink, TopicLink } from './view-context.ts';

/**
 * What a paper page shows that does not come from its own file: whatever of
 * the catalog, the related papers and the people it shows. The page's own
 * fields (title, venue, identifiers, abstract, links) are read from its
 * front matter; everything else the page and its components show comes from
 * here, so a page renders to the same HTML as long as its file and this view
 * are unchanged (and the code, settings, notes and sidebar, which every page shares).
 */
export interface PaperView {
  /** The paper's topics the site has, in the paper's order; the first is its primary topic (highlighted in the sidebar). */
  topics: TopicLink[];
  /** The papers before and after it in its primary topic's reading order. */
  prev?: PaperLink;
  next?: PaperLink;
  /** Its related papers, best first, as the related list shows them. */
  related: PaperLink[];
  /** Its author line: every author, linked to their person's page, the site's own people in bold. */
  authors?: AuthorList;
  /** The search page's author filter values: its people's display names, each once. */
  authorFilters: string[];
}

/**
 * The view of one paper's page. Related papers no longer in the catalog are
 * left out; a paper on no topic the site lists has no primary topic and so
 * no previous or next paper.
 */
export function paperView(paper: PaperData, context: ViewContext): PaperView {
  const topics = paper.topics.flatMap((slug) => context.topicBySlug.get(slug) ?? []);
  const primary = topics[0];
  const { prev, next } = primary ? neighbours(primary, paper.slug) : {};
  const related = (context.related.get(paper.slug) ?? []).flatMap((slug) => context.bySlug.get(slug) ?? []);
  const authors = authorList(paper.authors, context.people);
  return {
    topics: topics.map(topicLink),
    ...(prev ? { prev: paperLink(prev) } : {}),
    ...(next ? { next: paperLink(next) } : {}),
    related: related.map(paperLink),
    ...(authors ? { authors } : {}),
    authorFilters: authorFilterNames(paper.authors, context.people),
  };
}
