import { describe, expect, test } from 'vitest';
import { pageSignatures, type PageSignatures, type PageSource } from '../../../src/lib/incremental/page-signatures.ts';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors, type Person } from '../../../src/lib/people/group-authors.ts';

/**
 * A page's signature comes from the view its route renders (paperView), so
 * a change to anything a page shows of other papers, topics or people
 * changes exactly the signatures of the pages that show it.
 */

const TOPICS = [
  { slug: 'a', name: 'Topic A', description: '', order: 0 },
  { slug: 'b', name: 'Topic B', description: '', order: 1 },
];

/** A page whose file text holds its front matter and abstract, as generated pages do. */
function page(slug: string, line: number, fields: Partial<PaperData> = {}, abstract = `Abstract of ${slug}.`): PageSource {
  const data: PaperData = { title: `Title ${slug}`, slug, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, snippet: `Opening of ${slug}.`, source: { file: 'x.bib', line }, ...fields };
  return { slug, text: `${JSON.stringify(data)}\n${abstract}`, data };
}

// Topic a reads p1, p2, p3; topic b reads p3, p4, p5 (b is p3's second topic).
const PAGES = [
  page('p1', 1, { authors: ['Ann Lee'] }),
  page('p2', 5, { authors: ['Ann Lee', 'Bo Chen'] }),
  page('p3', 9, { topics: ['a', 'b'] }),
  page('p4', 12, { topics: ['b'], authors: ['Cy Diaz'] }),
  page('p5', 15, { topics: ['b'] }),
];
const RELATED = { p1: ['p4'], p5: ['p4', 'p2'], p3: ['p1'] };
const person = (slug: string, name: string, papers: string[], extra: Partial<Person> = {}): Person => ({ slug, name, names: [name], papers, ...extra });
const PEOPLE = [person('ann-lee', 'Ann Lee', ['p1', 'p2']), person('bo-chen', 'Bo Chen', ['p2']), person('cy-diaz', 'Cy Diaz', ['p4'])];

const sign = (pages = PAGES, people = PEOPLE, related: Record<string, string[]> = RELATED, topics = TOPICS) => pageSignatures(pages, topics, related, people);
const changed = (a: PageSignatures, b: PageSignatures) => Object.keys(a.pages).filter((s) => a.pages[s] !== b.pages[s]).sort();
const edit = (slug: string, fields: Partial<PaperData>, abstract?: string) => PAGES.map((p) => (p.slug === slug ? page(slug, p.data.source.line, { ...p.data, ...fields }, abstract) : p));

describe('pageSignatures from the views', () => {
  const before = sign();

  test('a renamed paper changes its own page, its neighbours and the pages that list it as related', () => {
    const after = sign(edit('p4', { title: 'A new title' }));
    // p4 itself; p5 follows it in topic b and lists it as related; p1 lists it as related.
    // p3 precedes it in topic b, but p3's page shows its neighbours in its primary topic, a.
    expect(changed(before, after)).toEqual(['p1', 'p4', 'p5']);
    expect(after.lists).not.toBe(before.lists);
    expect(after.shared).toBe(before.shared);
  });

  test('a renamed paper changes the pages whose previous or next paper it is, in their own primary topic', () => {
    // p2 shows it as next in topic a, p4 as previous in topic b.
    expect(changed(before, sign(edit('p3', { title: 'A new title' })))).toEqual(['p2', 'p3', 'p4']);
  });

  test('a person now highlighted changes exactly the pages that name them', () => {
    const after = sign(PAGES, [person('ann-lee', 'Ann Lee', ['p1', 'p2'], { highlight: true }), ...PEOPLE.slice(1)]);
    expect(changed(before, after)).toEqual(['p1', 'p2']);
    expect(after.lists).not.toBe(before.lists);
  });

  test("a person's display name, which their papers' author filter shows, changes exactly those pages", () => {
    const after = sign(PAGES, [PEOPLE[0]!, person('bo-chen', 'Bo Chén', ['p2'], { names: ['Bo Chen'] }), PEOPLE[2]!]);
    expect(changed(before, after)).toEqual(['p2']);
    expect(after.lists).not.toBe(before.lists);
  });

  test('a renamed topic changes the pages on it and what every page shares', () => {
    const after = sign(PAGES, PEOPLE, RELATED, [TOPICS[0]!, { ...TOPICS[1]!, name: 'Topic Beta' }]);
    expect(changed(before, after)).toEqual(['p3', 'p4', 'p5']);
    expect(after.shared).not.toBe(before.shared);
    expect(after.lists).not.toBe(before.lists);
  });

  test("another paper's abstract changes only that paper's page, and the lists only when the opening they show changes", () => {
    const deeper = sign(edit('p3', {}, 'A rewritten second paragraph.'));
    expect(changed(before, deeper)).toEqual(['p3']);
    expect(deeper.lists).toBe(before.lists);
    const opening = sign(edit('p3', { snippet: 'A new opening.' }, 'A new opening.'));
    expect(changed(before, opening)).toEqual(['p3']);
    expect(opening.lists).not.toBe(before.lists);
  });

  test("a person's homepage, shown on their own page only, changes the lists and no paper page", () => {
    const after = sign(PAGES, [person('ann-lee', 'Ann Lee', ['p1', 'p2'], { homepage: 'https://ann.example' }), ...PEOPLE.slice(1)]);
    expect(changed(before, after)).toEqual([]);
    expect(after.lists).not.toBe(before.lists);
  });

  test('an author the lists hide behind "et al." still changes them: their page and their co-authors\' list the paper', () => {
    const withLast = (last: string) => {
      const pages = PAGES.map((p) => (p.slug === 'p5' ? page('p5', 15, { topics: ['b'], authors: ['Ann Lee', 'Bo Chen', 'Cy Diaz', 'Di Wu', last] }) : p));
      return sign(pages, groupAuthors(pages.map((p) => p.data)).people);
    };
    const [before, after] = [withLast('Ed Kim'), withLast('Fay Ng')];
    expect(changed(before, after)).toEqual(['p5']);
    expect(after.lists).not.toBe(before.lists);
  });

  test('a paper that stops being related changes only the page that listed it', () => {
    expect(changed(before, sign(PAGES, PEOPLE, { ...RELATED, p5: ['p4'] }))).toEqual(['p5']);
  });

  test('a code link shows on the lists and on its own page only', () => {
    const after = sign(edit('p1', { links: { code: ['https://github.com/a/b'], project: [] } }));
    expect(changed(before, after)).toEqual(['p1']);
    expect(after.lists).not.toBe(before.lists);
  });

  test('do not depend on the order of the pages, the topics or the related lists', () => {
    expect(pageSignatures([...PAGES].reverse(), [...TOPICS].reverse(), Object.fromEntries(Object.entries(RELATED).reverse()), PEOPLE)).toEqual(before);
  });
});
