import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import { chipsOf, listItem, listItemOf, yearGroups } from '../../../src/lib/views/list-item.ts';
import { viewContext } from '../../../src/lib/views/view-context.ts';

const TOPICS = ['a', 'b', 'c', 'd', 'e'].map((slug, order) => ({ slug, name: `Topic ${slug.toUpperCase()}`, description: '', order }));

function paper(slug: string, line: number, fields: Partial<PaperData> = {}): PaperData {
  return { title: `Title ${slug}`, slug, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'x.bib', line }, ...fields };
}

const FULL = paper('full', 1, {
  authors: ['Ann Lee', 'Bo Chen', 'Cy Diaz', 'Di Wu', 'Ed Kim', 'Fay Ng'],
  date: '2021-05',
  venue: 'NeurIPS',
  snippet: 'An opening.',
  topics: ['a', 'b', 'c', 'd', 'e'],
  links: { code: ['https://github.com/a/b'], project: [] },
  doi: '10.1000/x',
  hasAbstract: true,
});
const people = groupAuthors([FULL], [{ name: 'Fay Ng', aliases: [], highlight: true, line: 1 }]).people;
const context = viewContext([FULL, paper('bare', 2)], TOPICS, {}, people);

describe('listItem', () => {
  test('holds exactly what a list shows of a paper', () => {
    expect(listItem(FULL, context)).toEqual({
      slug: 'full',
      title: 'Title full',
      meta: true,
      authors: {
        names: [
          { name: 'Ann Lee', slug: 'ann-lee', highlight: false, gap: false },
          { name: 'Bo Chen', slug: 'bo-chen', highlight: false, gap: false },
          { name: 'Cy Diaz', slug: 'cy-diaz', highlight: false, gap: false },
          // One of the site's own people further down is shown, after a gap.
          { name: 'Fay Ng', slug: 'fay-ng', highlight: true, gap: true },
        ],
        etAl: false,
      },
      year: '2021',
      venue: 'NeurIPS',
      snippet: 'An opening.',
      code: true,
      topics: ['a', 'b', 'c', 'd'].map((slug) => ({ slug, name: `Topic ${slug.toUpperCase()}` })),
    });
  });

  test('says "et al." when authors are left out at the end', () => {
    const many = paper('many', 3, { authors: ['A One', 'B Two', 'C Three', 'D Four', 'E Five'] });
    expect(listItem(many, viewContext([many], TOPICS)).authors?.etAl).toBe(true);
  });

  test('has a meta line for a listing date without a year, though the line is empty', () => {
    const listed = paper('listed', 3, { listed: 'Mar 14' });
    expect(listItem(listed, context)).toEqual({ slug: 'listed', title: 'Title listed', meta: true, code: false, topics: [{ slug: 'a', name: 'Topic A' }] });
    expect(listItem(paper('bare', 2), context).meta).toBe(false);
  });

  test('dates a paper by its full listing date when it has no date', () => {
    expect(listItem(paper('dated', 3, { listed: 'March 14, 2024' }), context).year).toBe('2024');
  });

  test('leaves out topics the site does not list', () => {
    expect(listItem(paper('odd', 3, { topics: ['gone', 'b'] }), context).topics).toEqual([{ slug: 'b', name: 'Topic B' }]);
  });

  test('is made once per paper and context', () => {
    expect(listItemOf(FULL, context)).toBe(listItemOf(FULL, context));
    expect(listItemOf(FULL, context)).not.toBe(listItemOf(FULL, viewContext([FULL], TOPICS)));
  });
});

describe('chipsOf', () => {
  const item = listItem(FULL, context);

  test('shows the first three topics', () => {
    expect(chipsOf(item).map((t) => t.slug)).toEqual(['a', 'b', 'c']);
  });

  test('leaves out the topic of a topic page, and still shows three', () => {
    expect(chipsOf(item, 'b').map((t) => t.slug)).toEqual(['a', 'c', 'd']);
    expect(chipsOf(item, 'e').map((t) => t.slug)).toEqual(['a', 'b', 'c']);
  });

  test('keeps enough candidates when a topic is named twice', () => {
    const twice = listItem(paper('twice', 4, { topics: ['a', 'a', 'b', 'c', 'd'] }), context);
    expect(chipsOf(twice, 'a').map((t) => t.slug)).toEqual(['b', 'c', 'd']);
  });
});

describe('yearGroups', () => {
  test('splits a list into runs of one year, numbered from the first item', () => {
    const items = [paper('x', 1, { date: '2024' }), paper('y', 2, { date: '2024-02' }), paper('z', 3, { date: '2023' }), paper('u', 4)].map((p) => listItem(p, context));
    expect(yearGroups(items, 11).map((g) => [g.year, g.items.map((i) => i.slug), g.start])).toEqual([
      ['2024', ['x', 'y'], 11],
      ['2023', ['z'], 13],
      [undefined, ['u'], 14],
    ]);
  });
});
