import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import { authorIndexPages, authorIndexView, coAuthorsOf, paperPeopleOf, personLinkOf, personView, personViews } from '../../../src/lib/views/people-views.ts';
import { viewContext } from '../../../src/lib/views/view-context.ts';

const TOPICS = [{ slug: 'a', name: 'Topic A', description: '', order: 0 }];

function paper(slug: string, line: number, authors: string[], fields: Partial<PaperData> = {}): PaperData {
  return { title: `Title ${slug}`, slug, authors, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'x.bib', line }, ...fields };
}

const PAPERS = [
  paper('p1', 1, ['Zoe Young', 'Ann Adams', 'Bo Brown'], { date: '2019' }),
  paper('p2', 5, ['A. Adams', 'Bo Brown'], { date: '2022' }),
  paper('p3', 9, ['Ann Adams', 'Cy Chen']),
];
const people = groupAuthors(PAPERS, [{ name: 'Ann Adams', aliases: ['A. Adams'], highlight: true, homepage: 'https://ann.example', line: 1 }]).people;
const context = viewContext(PAPERS, TOPICS, {}, people);
const ann = people.find((p) => p.slug === 'ann-adams')!;

describe('personView', () => {
  test('gives what a person\'s page shows: name, links, other spellings, papers newest first and co-authors', () => {
    const view = personView(ann, context);
    expect(view).toMatchObject({ slug: 'ann-adams', name: 'Ann Adams', highlight: true, homepage: 'https://ann.example', spellings: ['A. Adams'] });
    expect(view.orcid).toBeUndefined();
    expect(view.items.map((i) => i.slug)).toEqual(['p2', 'p1', 'p3']);
    expect(view.papers.map((p) => [p.slug, p.people.map((l) => l.slug)])).toEqual([
      ['p1', ['zoe-young', 'ann-adams', 'bo-brown']],
      ['p2', ['ann-adams', 'bo-brown']],
      ['p3', ['ann-adams', 'cy-chen']],
    ]);
  });

  test('counts the co-authors from the view, most shared papers first, then by name', () => {
    expect(coAuthorsOf(personView(ann, context)).map(({ person, count }) => [person.name, count])).toEqual([['Bo Brown', 2], ['Cy Chen', 1], ['Zoe Young', 1]]);
    const zoe = people.find((p) => p.slug === 'zoe-young')!;
    expect(coAuthorsOf(personView(zoe, context)).map(({ person, count }) => [person.name, count])).toEqual([['Ann Adams', 1], ['Bo Brown', 1]]);
  });

  test('counts a co-author once per paper, whichever of their spellings it uses', () => {
    const twice = paper('p4', 12, ['Ann Adams', 'A. Adams', 'Cy Chen']);
    const grouped = groupAuthors([twice], [{ name: 'Ann Adams', aliases: ['A. Adams'], highlight: false, line: 1 }]).people;
    const local = viewContext([twice], TOPICS, {}, grouped);
    expect(paperPeopleOf(twice, local).people.map((l) => l.slug)).toEqual(['ann-adams', 'cy-chen']);
    expect(coAuthorsOf(personView(grouped.find((p) => p.slug === 'cy-chen')!, local)).map(({ person, count }) => [person.slug, count])).toEqual([['ann-adams', 1]]);
  });

  test('gives every person a page, in the order of the site\'s people', () => {
    expect(personViews(context).map((v) => v.slug)).toEqual(people.map((p) => p.slug));
  });

  test('holds one link per person wherever they are listed', () => {
    const bo = people.find((p) => p.slug === 'bo-brown')!;
    expect(coAuthorsOf(personView(ann, context))[0]!.person).toBe(personLinkOf(bo, context));
    expect(personView(ann, context).papers[0]).toBe(paperPeopleOf(PAPERS[0]!, context));
    expect(authorIndexView(context).people.find((e) => e.person.slug === 'bo-brown')!.person).toBe(personLinkOf(bo, context));
  });
});

describe('authorIndexView and authorIndexPages', () => {
  test('gives every person with their number of papers, arranged A–Z by family name in runs of one letter', () => {
    const view = authorIndexView(context);
    expect(view.people.map(({ person, count }) => [person.slug, count])).toEqual(people.map((p) => [p.slug, p.papers.length]));
    const { pages, letters } = authorIndexPages(view);
    expect(pages.map((p) => [p.number, p.count, p.letters.map((l) => `${l.letter}:${l.people.map((e) => `${e.person.name}(${e.count})`).join('+')}`)])).toEqual([
      [1, 1, ['A:Ann Adams(3)', 'B:Bo Brown(2)', 'C:Cy Chen(1)', 'Y:Zoe Young(1)']],
    ]);
    expect(letters).toEqual(['A', 'B', 'C', 'Y'].map((letter) => ({ letter, number: 1 })));
  });

  test('has no pages when the site has no people', () => {
    expect(authorIndexPages(authorIndexView(viewContext(PAPERS, TOPICS)))).toEqual({ pages: [], letters: [] });
  });
});
