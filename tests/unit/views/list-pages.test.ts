import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import { homeView } from '../../../src/lib/views/home-view.ts';
import { listItemOf } from '../../../src/lib/views/list-item.ts';
import { allPapersView, listViews, topicCards, topicListings, yearsView } from '../../../src/lib/views/list-pages.ts';
import { viewContext } from '../../../src/lib/views/view-context.ts';

const TOPICS = [
  { slug: 'b', name: 'Topic B', description: 'About B.', order: 1 },
  { slug: 'a', name: 'Topic A', description: '', order: 0 },
  { slug: 'empty', name: 'No papers', description: '', order: 2 },
];

function paper(slug: string, file: string, line: number, fields: Partial<PaperData> = {}): PaperData {
  return { title: `Title ${slug}`, slug, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, source: { file, line }, ...fields };
}

const PAPERS = [
  paper('zeta', 'y.bib', 1, { date: '2020', topics: ['a', 'b'] }),
  paper('alpha', 'x.bib', 9, { date: '2023-04', authors: ['Ann Lee'], selected: true }),
  paper('mid', 'x.bib', 2, { authors: ['Ann Lee', 'Bo Chen'] }),
  paper('beta', 'x.bib', 5, { date: '2023', topics: ['b'] }),
];
const people = groupAuthors(PAPERS, [{ name: 'Ann Lee', aliases: [], highlight: true, line: 1 }]).people;
const context = viewContext(PAPERS, TOPICS, {}, people);
const slugs = (items: readonly { slug: string }[]) => items.map((i) => i.slug);

describe('allPapersView', () => {
  test('lists every paper in the order of its source', () => {
    expect(slugs(allPapersView(context))).toEqual(['mid', 'beta', 'alpha', 'zeta']);
  });
});

describe('topicListings', () => {
  test('gives each topic with papers, in the site order, with its pages in both orders', () => {
    const [a, b] = topicListings(context);
    expect(topicListings(context).map((t) => t.slug)).toEqual(['a', 'b']);
    expect(a).toMatchObject({ slug: 'a', name: 'Topic A', description: '', total: 3, dated: true });
    expect(a!.pages.map((p) => [p.order, p.number, p.count, slugs(p.items)])).toEqual([
      ['date', 1, 1, ['alpha', 'zeta', 'mid']],
      ['title', 1, 1, ['alpha', 'mid', 'zeta']],
    ]);
    expect(b).toMatchObject({ total: 2, description: 'About B.' });
  });

  test('says a topic is undated when none of its papers has a year', () => {
    const undated = viewContext([paper('u', 'x.bib', 1, { listed: 'Mar 14' })], TOPICS);
    expect(topicListings(undated)[0]!.dated).toBe(false);
  });

  test('holds the same item for a paper wherever it is listed', () => {
    const listing = topicListings(context)[0]!;
    expect(listing.pages[0]!.items[0]).toBe(listItemOf(PAPERS[1]!, context));
    expect(listing.pages[1]!.items[0]).toBe(listing.pages[0]!.items[0]);
  });
});

describe('yearsView', () => {
  test('gives each year with its number of papers, newest first, and its pages', () => {
    const { years, pages } = yearsView(context);
    expect(years).toEqual([{ year: '2023', count: 2 }, { year: '2020', count: 1 }]);
    expect(pages.map((p) => [p.year, p.number, p.count, slugs(p.items)])).toEqual([
      ['2023', 1, 1, ['alpha', 'beta']],
      ['2020', 1, 1, ['zeta']],
    ]);
  });
});

describe('topicCards', () => {
  test('gives each topic with papers its name, description and number of papers', () => {
    expect(topicCards(context)).toEqual([
      { slug: 'a', name: 'Topic A', description: '', count: 3 },
      { slug: 'b', name: 'Topic B', description: 'About B.', count: 2 },
    ]);
  });
});

describe('listViews', () => {
  test('holds every list page the incremental build may carry over', () => {
    expect(Object.keys(listViews(context)).sort()).toEqual(['all', 'authors', 'people', 'topics', 'years']);
  });

  test('is plain data, all of it in its JSON (which is what the lists signature hashes)', () => {
    expect(JSON.parse(JSON.stringify(listViews(context)))).toStrictEqual(listViews(context));
  });
});

describe('homeView', () => {
  test('gives the selected papers, the site\'s own people and their papers, the topics and the first papers', () => {
    const view = homeView(context);
    expect(slugs(view.selected)).toEqual(['alpha']);
    expect(view.highlighted).toEqual([{ slug: 'ann-lee', name: 'Ann Lee', highlight: true }]);
    expect(slugs(view.ours)).toEqual(['alpha', 'mid']);
    expect(slugs(view.first)).toEqual(['mid', 'beta', 'alpha', 'zeta']);
    expect(view).toMatchObject({ total: 4, people: true, dated: true });
    expect(view.topics.map((t) => t.slug)).toEqual(['a', 'b']);
  });
});
