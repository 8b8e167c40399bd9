import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { groupByYear, paginateYears, paperYear, yearPagePath } from '../../../src/lib/papers/year-groups.ts';

const paper = (slug: string, date?: string, line = 1): PaperData => ({
  title: slug, slug, topics: ['t'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'a.bib', line }, ...(date ? { date } : {}),
});

describe('paperYear', () => {
  test.each([
    ['a full date', { date: '2023-05-04' }, '2023'],
    ['a year', { date: '2021' }, '2021'],
    ['a full listing date', { listed: 'Thu, 14 Mar 2024' }, '2024'],
    ['no date', {}, undefined],
  ])('reads %s', (_, fields, year) => {
    expect(paperYear(fields)).toBe(year);
  });
});

describe('groupByYear', () => {
  test('splits a newest-first list into runs of one year, undated last, with their numbers in the list', () => {
    const groups = groupByYear([paper('a', '2024-02'), paper('b', '2024'), paper('c', '2022-01-01'), paper('d')], 101);
    expect(groups.map((g) => [g.year, g.papers.map((p) => p.slug).join(''), g.start])).toEqual([['2024', 'ab', 101], ['2022', 'c', 103], [undefined, 'd', 104]]);
  });

  test('returns no group for an empty list', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('paginateYears', () => {
  test('gives each year its pages, newest year first, and leaves undated papers out', () => {
    const papers = [paper('old', '2019', 1), paper('undated', undefined, 2), ...['a', 'b', 'c'].map((s, i) => paper(s, `2023-0${i + 1}`, 3 + i))];
    const pages = paginateYears(papers, 2);
    expect(pages.map((p) => [p.year, p.number, p.count, p.papers.map((x) => x.slug).join('')])).toEqual([['2023', 1, 2, 'cb'], ['2023', 2, 2, 'a'], ['2019', 1, 1, 'old']]);
    expect(pages.reduce((n, p) => n + p.papers.length, 0)).toBe(4);
  });
});

describe('yearPagePath', () => {
  test.each([[1, 'years/2023/'], [2, 'years/2023/2/']])('page %i is %s', (n, path) => {
    expect(yearPagePath('2023', n)).toBe(path);
  });
});
