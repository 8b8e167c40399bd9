import { describe, expect, test } from 'vitest';
import { pageSignatures, type PageSource } from '../../../src/lib/incremental/page-signatures.ts';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';
import type { PersonEntry } from '../../../src/lib/people/people-schema.ts';

const topics = [{ slug: 'a', name: 'Topic A', description: '', order: 0 }];

function page(slug: string, line: number, authors: string[]): PageSource {
  const data: PaperData = { title: `Title ${slug}`, slug, authors, topics: ['a'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'x.bib', line } };
  return { slug, text: `text of ${slug}`, data };
}

const PAGES = [page('p1', 1, ['Ann Lee', 'Bo Chen']), page('p2', 9, ['Bo Chen']), page('p3', 20, ['Cy Diaz'])];
const sign = (entries: PersonEntry[] = []) => pageSignatures(PAGES, topics, {}, groupAuthors(PAGES.map((p) => p.data), entries).people);
const changed = (a: ReturnType<typeof sign>, b: ReturnType<typeof sign>) => Object.keys(a.pages).filter((s) => a.pages[s] !== b.pages[s]);

describe('pageSignatures with people', () => {
  test('renders again exactly the pages that name a newly highlighted person, and the lists', () => {
    const before = sign();
    const after = sign([{ name: 'Bo Chen', aliases: [], highlight: true, line: 1 }]);
    expect(changed(before, after)).toEqual(['p1', 'p2']);
    expect(after.lists).not.toBe(before.lists);
    expect(after.shared).toBe(before.shared);
  });

  test('renders again a page whose author now belongs to another person page', () => {
    const before = sign();
    const after = sign([{ name: 'Cyrus Diaz', aliases: ['Cy Diaz'], highlight: false, line: 1 }]);
    expect(changed(before, after)).toEqual(['p3']);
    expect(after.lists).not.toBe(before.lists);
  });

  test('changes nothing when the people are the same', () => {
    expect(sign()).toEqual(sign());
  });
});
