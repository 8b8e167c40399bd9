import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { orderPapers, paginateTopic, sortByTitle, topicPagePath } from '../../../src/lib/topics/topic-pages.ts';

const paper = (slug: string, title: string, listed?: string): PaperData => ({
  title, slug, topics: ['t'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'f', line: 1 }, ...(listed ? { listed } : {}),
});

describe('sortByTitle', () => {
  test('returns papers by title ignoring case and accents, numbers in numeric order', () => {
    const papers = [paper('c', 'beta 10'), paper('a', 'Älpha'), paper('b', 'Beta 9'), paper('d', 'alpha')];
    expect(sortByTitle(papers).map((p) => p.slug)).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('orderPapers', () => {
  test('returns dated papers newest first and undated ones after, in the order given', () => {
    const papers = [paper('u', 'U'), paper('old', 'O', '2023-01-01'), paper('new', 'N', 'May 2, 2024')];
    expect(orderPapers(papers, 'date').map((p) => p.slug)).toEqual(['new', 'old', 'u']);
  });
});

describe('paginateTopic', () => {
  const topic = { slug: 't', name: 'T', description: '', order: 0, papers: Array.from({ length: 250 }, (_, i) => paper(`p${i}`, `Paper ${250 - i}`)) };

  test('returns pages of at most 100 papers in both orders, every paper once per order', () => {
    const pages = paginateTopic(topic);
    expect(pages.map((p) => [p.order, p.number, p.count, p.papers.length])).toEqual([
      ['date', 1, 3, 100], ['date', 2, 3, 100], ['date', 3, 3, 50],
      ['title', 1, 3, 100], ['title', 2, 3, 100], ['title', 3, 3, 50],
    ]);
    expect(new Set(pages.filter((p) => p.order === 'title').flatMap((p) => p.papers)).size).toBe(250);
  });

  test('returns one page per order for an empty topic', () => {
    expect(paginateTopic({ ...topic, papers: [] }).map((p) => p.papers.length)).toEqual([0, 0]);
  });
});

describe('topicPagePath', () => {
  test.each([
    ['date', 1, 'topics/t/'],
    ['date', 2, 'topics/t/2/'],
    ['title', 1, 'topics/t/by-title/'],
    ['title', 3, 'topics/t/by-title/3/'],
  ] as const)('returns the %s page %i at %s', (order, n, path) => {
    expect(topicPagePath('t', order, n)).toBe(path);
  });
});
