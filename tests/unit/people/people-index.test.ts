import { describe, expect, test } from 'vitest';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import { authorFilterNames, authorLinks, coAuthors, indexLetter, indexPeople, sortPeople } from '../../../src/lib/people/people-index.ts';

const PAPERS = [
  { slug: 'p1', authors: ['John Smith', 'Jan van der Berg', 'Ann Lee'], source: { file: 'a.bib', line: 1 } },
  { slug: 'p2', authors: ['J. Smith', 'Ann Lee'], source: { file: 'a.bib', line: 9 } },
  { slug: 'p3', authors: ['{ATLAS Collaboration}', 'Ann Lee'], source: { file: 'a.bib', line: 20 } },
];
const authorsOf = (slug: string) => PAPERS.find((p) => p.slug === slug)?.authors;
const index = indexPeople(groupAuthors(PAPERS, [{ name: 'Ann Lee', aliases: [], highlight: true, line: 2 }]).people);

describe('authorLinks', () => {
  test('links each spelling to its person, highlighted people marked', () => {
    expect(authorLinks(['J. Smith', 'Ann Lee'], index)).toEqual([{ name: 'J. Smith', slug: 'john-smith', highlight: false }, { name: 'Ann Lee', slug: 'ann-lee', highlight: true }]);
  });

  test('shows a name no person has without a link', () => {
    expect(authorLinks(['Nobody Known'], index)).toEqual([{ name: 'Nobody Known', highlight: false }]);
  });
});

describe('authorFilterNames', () => {
  test('gives the person\'s name for every spelling, each once', () => {
    expect(authorFilterNames(['J. Smith', 'John Smith', 'Ann Lee'], index)).toEqual(['John Smith', 'Ann Lee']);
  });
});

describe('coAuthors', () => {
  test('counts the papers shared with each co-author, most first, then by name', () => {
    const ann = index.bySlug.get('ann-lee')!;
    expect(coAuthors(ann, index, authorsOf).map((c) => `${c.person.name} ${c.count}`)).toEqual(['John Smith 2', '{ATLAS Collaboration} 1', 'Jan van der Berg 1']);
  });
});

describe('sortPeople', () => {
  test('orders by family name with its particles, organisations by their whole name', () => {
    expect(sortPeople(index.people).map((p) => p.name)).toEqual(['{ATLAS Collaboration}', 'Ann Lee', 'John Smith', 'Jan van der Berg']);
  });
});

describe('indexLetter', () => {
  test.each([['Ann Lee', 'L'], ['Jan van der Berg', 'V'], ['{ATLAS Collaboration}', 'A']])('files %s under %s', (name, letter) => {
    expect(indexLetter(index.people.find((p) => p.name === name)!)).toBe(letter);
  });
});
