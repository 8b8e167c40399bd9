import { expect, test } from 'vitest';
import { paginateYears } from '../../../src/lib/papers/year-groups.ts';
import type { PaperData } from '../../../src/lib/paper-schema.ts';

const paper = (slug: string, line: number, date: string) => ({ slug, title: slug, date, topics: [], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'content/sources/a.bib', line } }) as unknown as PaperData;

test('papers of one date keep source order on a year page, whatever order they come in', () => {
  const papers = [paper('c', 30, '2023-05-01'), paper('a', 10, '2023-05-01'), paper('b', 20, '2023-06-01'), paper('d', 5, '2022-01-01')];
  const order = (list: PaperData[]) => paginateYears(list).map((p) => [p.year, p.papers.map((x) => x.slug)]);
  expect(order(papers)).toEqual([['2023', ['b', 'a', 'c']], ['2022', ['d']]]);
  expect(order([...papers].reverse())).toEqual(order(papers));
});
