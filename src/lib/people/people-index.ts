import type { Person } from './group-authors.ts';
import { parsePersonName } from './person-name.ts';

/** The data file next to the generated pages holding the site's people, as `groupAuthors` made them. */
export const PEOPLE_FILE = '_people.json';

/** One author of a paper as a list shows it: the name as the paper spells it, and the person's page. */
export interface AuthorLink {
  name: string;
  /** Undefined for a name no person has (pages from a build without people data): shown, not linked. */
  slug?: string;
  highlight: boolean;
}

/** The site's people, found by slug and by any spelling the papers use. */
export interface PeopleIndex {
  people: readonly Person[];
  bySlug: ReadonlyMap<string, Person>;
  byName: ReadonlyMap<string, Person>;
}

/** Indexes people by slug and by each of their spellings. */
export function indexPeople(people: readonly Person[]): PeopleIndex {
  const byName = new Map<string, Person>();
  for (const person of people) for (const name of person.names) byName.set(name, person);
  return { people, bySlug: new Map(people.map((p) => [p.slug, p])), byName };
}

/** A paper's authors with their people's pages, in the paper's order. */
export function authorLinks(authors: readonly string[] | undefined, index: PeopleIndex): AuthorLink[] {
  return (authors ?? []).map((name) => {
    const person = index.byName.get(name);
    return person ? { name, slug: person.slug, highlight: person.highlight === true } : { name, highlight: false };
  });
}

/** The display names of a paper's people (merged spellings under one name), each once: the search page's author filter values. */
export function authorFilterNames(authors: readonly string[] | undefined, index: PeopleIndex): string[] {
  return [...new Set((authors ?? []).flatMap((name) => index.byName.get(name)?.name ?? []))];
}

/**
 * A person's co-authors with the number of papers they share, most shared
 * first, then by name. `authorsOf` gives a paper's author names by slug.
 * Costs the person's papers times their authors.
 */
export function coAuthors(person: Person, index: PeopleIndex, authorsOf: (slug: string) => readonly string[] | undefined): { person: Person; count: number }[] {
  const counts = new Map<Person, number>();
  for (const slug of person.papers) {
    const seen = new Set<Person>();
    for (const name of authorsOf(slug) ?? []) {
      const other = index.byName.get(name);
      if (other && other !== person && !seen.has(other)) {
        seen.add(other);
        counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(([p, count]) => ({ person: p, count })).sort((a, b) => b.count - a.count || collator.compare(a.person.name, b.person.name));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The letter a person is filed under in the author index: the family name's first letter, `#` for anything else. */
export function indexLetter(person: Person): string {
  const letter = sortName(person).charAt(0).toUpperCase();
  return /\p{L}/u.test(letter) ? letter : '#';
}

/** Family name first, accents folded: what the author index sorts by. */
function sortName(person: Person): string {
  const name = parsePersonName(person.name);
  return name.literal ? name.family : `${name.family} ${name.given.join(' ')}`;
}

/** People A–Z by family name, then given names; slug breaks ties. */
export function sortPeople(people: readonly Person[]): Person[] {
  const keyed = people.map((p) => ({ p, key: sortName(p) }));
  return keyed.sort((a, b) => collator.compare(a.key, b.key) || (a.p.slug < b.p.slug ? -1 : 1)).map((k) => k.p);
}
