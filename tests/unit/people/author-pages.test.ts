import { describe, expect, test } from 'vitest';
import { authorIndexPath, letterPages, paginateAuthorIndex, personPath } from '../../../src/lib/people/author-pages.ts';
import type { Person } from '../../../src/lib/people/group-authors.ts';

const person = (name: string): Person => ({ slug: name.toLowerCase().replace(/\W+/g, '-'), name, names: [name], papers: ['p'] });
const PEOPLE = ['Zoe Young', 'Ann Adams', 'Bob Brown', 'Ben Black', 'Ama Ahn'].map(person);

describe('paginateAuthorIndex', () => {
  test('sorts A–Z by family name and splits into pages of runs of one letter', () => {
    const pages = paginateAuthorIndex(PEOPLE, 2);
    expect(pages.map((p) => [p.number, p.count, p.letters.map((l) => `${l.letter}:${l.people.map((x) => x.name).join('+')}`)])).toEqual([
      [1, 3, ['A:Ann Adams+Ama Ahn']],
      [2, 3, ['B:Ben Black+Bob Brown']],
      [3, 3, ['Y:Zoe Young']],
    ]);
  });

  test('gives one empty page when there is nobody', () => {
    expect(paginateAuthorIndex([])).toEqual([{ number: 1, count: 1, letters: [] }]);
  });
});

describe('letterPages', () => {
  test('names the first page of each letter', () => {
    expect(letterPages(paginateAuthorIndex(PEOPLE, 3))).toEqual([{ letter: 'A', number: 1 }, { letter: 'B', number: 1 }, { letter: 'Y', number: 2 }]);
  });
});

describe('paths', () => {
  test.each([
    [authorIndexPath(1), 'authors/'],
    [authorIndexPath(3), 'authors/page/3/'],
    [personPath('jürgen-müller'), 'authors/j%C3%BCrgen-m%C3%BCller/'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });
});
