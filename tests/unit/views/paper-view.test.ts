import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import { paperView } from '../../../src/lib/views/paper-view.ts';
import { viewContext } from '../../../src/lib/views/view-context.ts';

const TOPICS = [
  { slug: 'a', name: 'Topic A', description: 'About A.', order: 0 },
  { slug: 'b', name: 'Topic B', description: '', order: 1 },
  { slug: 'empty', name: 'No papers', description: '', order: 2 },
];

function paper(slug: string, line: number, fields: Partial<PaperData> = {}): PaperData {
  return { title: `Title ${slug}`, slug, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, snippet: `Opening of ${slug}.`, source: { file: 'x.bib', line }, ...fields };
}

const PAPERS = [
  paper('p1', 1, { authors: ['Ann Lee', 'Bo Chen'] }),
  paper('p2', 5, { topics: ['b', 'a'], authors: ['Bo Chen', 'B. Chen', 'Cy Diaz'] }),
  paper('p3', 9),
  paper('p4', 12, { topics: ['b'] }),
];
const people = groupAuthors(PAPERS, [{ name: 'Bo Chen', aliases: ['B. Chen'], highlight: true, line: 1 }]).people;
const context = viewContext(PAPERS, TOPICS, { p1: ['p4', 'gone', 'p2'] }, people);

describe('paperView', () => {
  test('gives the topics with their names, the primary first', () => {
    expect(paperView(PAPERS[1]!, context).topics).toEqual([{ slug: 'b', name: 'Topic B' }, { slug: 'a', name: 'Topic A' }]);
  });

  test('gives the previous and next papers of the primary topic only, as slug and title', () => {
    expect(paperView(PAPERS[0]!, context)).toMatchObject({ next: { slug: 'p2', title: 'Title p2' } });
    expect(paperView(PAPERS[0]!, context).prev).toBeUndefined();
    // p2's primary topic is b: p4 follows it there, while in topic a it sits between p1 and p3.
    const view = paperView(PAPERS[1]!, context);
    expect([view.prev, view.next]).toEqual([undefined, { slug: 'p4', title: 'Title p4' }]);
  });

  test('gives the related papers as slug and title, best first, without those no longer in the catalog', () => {
    expect(paperView(PAPERS[0]!, context).related).toEqual([{ slug: 'p4', title: 'Title p4' }, { slug: 'p2', title: 'Title p2' }]);
    expect(paperView(PAPERS[2]!, context).related).toEqual([]);
  });

  test('gives every author with their person and highlight, and the people once each as search filters', () => {
    const view = paperView(PAPERS[1]!, context);
    expect(view.authors).toEqual({
      names: [
        { name: 'Bo Chen', slug: 'bo-chen', highlight: true, gap: false },
        { name: 'B. Chen', slug: 'bo-chen', highlight: true, gap: false },
        { name: 'Cy Diaz', slug: 'cy-diaz', highlight: false, gap: false },
      ],
      etAl: false,
    });
    expect(view.authorFilters).toEqual(['Bo Chen', 'Cy Diaz']);
  });

  test('shows an author no person has by name, unlinked, and a paper without authors with no author line', () => {
    const bare = viewContext(PAPERS, TOPICS);
    expect(paperView(PAPERS[0]!, bare).authors?.names[0]).toEqual({ name: 'Ann Lee', highlight: false, gap: false });
    expect(paperView(PAPERS[2]!, context).authors).toBeUndefined();
    expect(paperView(PAPERS[2]!, context).authorFilters).toEqual([]);
  });

  test('holds nothing of the paper\'s own fields: its abstract, venue and links are read from its page', () => {
    const edited = { ...PAPERS[0]!, venue: 'NeurIPS', snippet: 'Another opening.', links: { code: ['https://github.com/a/b'], project: [] } };
    expect(paperView(edited, context)).toEqual(paperView(PAPERS[0]!, context));
  });

  test('is plain data, all of it in its JSON (which is what the page signature hashes)', () => {
    for (const p of PAPERS) expect(JSON.parse(JSON.stringify(paperView(p, context)))).toStrictEqual(paperView(p, context));
  });

  test('gives a paper on no topic the site lists no topics and no neighbours', () => {
    const lost = paper('p9', 30, { topics: ['nowhere'] });
    expect(paperView(lost, viewContext([...PAPERS, lost], TOPICS))).toEqual({ topics: [], related: [], authorFilters: [] });
  });
});
