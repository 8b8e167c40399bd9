import { authorLinks, type AuthorLink, type PeopleIndex } from '../people/people-index.ts';
import { shortenAuthors } from '../people/shorten-authors.ts';

/** One name of an author line: the author as the paper spells it, their person's page and highlight, and whether names were left out before it. */
export interface ShownName extends AuthorLink {
  /** True after names left out: shown as `, …, ` instead of a comma. */
  gap: boolean;
}

/** A paper's author line as `AuthorNames` shows it: the names, then "et al." when some are left out at the end. */
export interface AuthorList {
  names: ShownName[];
  etAl: boolean;
}

/** How many authors a paper list shows before "et al." (the site's own people further down are shown too). */
export const LIST_AUTHORS = 3;

/**
 * A paper's author line: its authors linked to their people (see
 * `authorLinks`), shortened to `limit` (see `shortenAuthors`; every author
 * when undefined). Undefined when the paper names no authors.
 */
export function authorList(authors: readonly string[] | undefined, people: PeopleIndex, limit?: number): AuthorList | undefined {
  if (!authors?.length) return undefined;
  const shown = shortenAuthors(authorLinks(authors, people), limit);
  return {
    names: shown.map(({ name, slug, highlight, gap }) => (slug === undefined ? { name, highlight, gap } : { name, slug, highlight, gap })),
    etAl: shown.length < authors.length && shown.at(-1)?.last !== true,
  };
}
