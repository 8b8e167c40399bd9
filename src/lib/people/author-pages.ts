import { PAGE_SIZE } from '../catalog.ts';
import type { Person } from './group-authors.ts';
import { indexLetter, sortPeople } from './people-index.ts';

/** One page of the author index. */
export interface AuthorIndexPage {
  /** 1-based. */
  number: number;
  count: number;
  /** The page's people A–Z, in runs of one letter. */
  letters: { letter: string; people: Person[] }[];
}

/** Site-relative path of a person's page. */
export function personPath(slug: string): string {
  return `authors/${encodeURIComponent(slug)}/`;
}

/** Site-relative path of a page of the author index: `authors/`, `authors/page/2/`. */
export function authorIndexPath(number = 1): string {
  return number > 1 ? `authors/page/${number}/` : 'authors/';
}

/**
 * The author index: everyone A–Z by family name, split into pages of at most
 * `perPage`, each page in runs of one initial letter.
 */
export function paginateAuthorIndex(people: readonly Person[], perPage = PAGE_SIZE): AuthorIndexPage[] {
  const sorted = sortPeople(people);
  const count = Math.max(1, Math.ceil(sorted.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const letters: AuthorIndexPage['letters'] = [];
    for (const person of sorted.slice(i * perPage, (i + 1) * perPage)) {
      const letter = indexLetter(person);
      const last = letters.at(-1);
      if (last?.letter === letter) last.people.push(person);
      else letters.push({ letter, people: [person] });
    }
    return { number: i + 1, count, letters };
  });
}

/** The first index page each initial letter appears on, A–Z: the index's letter links. */
export function letterPages(pages: readonly AuthorIndexPage[]): { letter: string; number: number }[] {
  const seen = new Map<string, number>();
  for (const page of pages) for (const { letter } of page.letters) if (!seen.has(letter)) seen.set(letter, page.number);
  return [...seen].map(([letter, number]) => ({ letter, number }));
}
