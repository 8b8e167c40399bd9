import { describe, expect, test } from 'vitest';
import { relatePapers, topicOverlapShare } from '../../../src/lib/related/related-papers.ts';

const papers = [
  { slug: 'mae', title: 'Masked autoencoders are scalable vision learners', abstract: ['We mask random image patches and reconstruct the missing pixels.'] },
  { slug: 'simmim', title: 'SimMIM: masked image modeling', abstract: ['Masked image modeling predicts raw pixels of masked image patches.'] },
  { slug: 'icl', title: 'Transformers learn in context by gradient descent', abstract: ['In-context learning in transformers implements gradient descent.'] },
  { slug: 'icl-2', title: 'What learning algorithm is in-context learning?', abstract: ['Transformers trained for in-context learning implement gradient descent on linear models.'] },
  { slug: 'no-abstract', title: 'Masked image patches', abstract: [] },
];

describe('relatePapers', () => {
  test('returns related slugs for every paper, keyed in slug order', () => {
    const related = relatePapers(papers);
    expect(Object.keys(related)).toEqual(['icl', 'icl-2', 'mae', 'no-abstract', 'simmim']);
    expect(related.mae?.slice(0, 2)).toContain('simmim');
    expect(related.icl).toEqual(['icl-2']);
  });

  test('returns the same lists whatever the order of the papers', () => {
    expect(relatePapers([...papers].reverse())).toEqual(relatePapers(papers));
  });

  test('relates a paper without abstract by its title', () => {
    expect(relatePapers(papers)['no-abstract']).toContain('simmim');
  });
});

describe('topicOverlapShare', () => {
  const topics: Record<string, string[]> = { a: ['x'], b: ['x', 'y'], c: ['y'], d: ['other'], e: ['other'] };
  const of = (slug: string) => topics[slug] ?? [];

  test('returns the share of non-empty lists holding a paper on a shared topic', () => {
    expect(topicOverlapShare({ a: ['b'], b: ['c'], c: ['a'], d: [] }, of)).toBeCloseTo(2 / 3);
  });

  test('does not count a shared ignored topic', () => {
    expect(topicOverlapShare({ d: ['e'] }, of, ['other'])).toBe(0);
  });
});
