import { describe, expect, test } from 'vitest';
import { topK } from '../../../src/lib/related/top-k.ts';

describe('topK', () => {
  test('returns the k best ids, best first', () => {
    expect(topK([0, 1, 2, 3, 4], [0.1, 0.9, 0.5, 0.7, 0.3], 3)).toEqual([1, 3, 2]);
  });

  test('returns the lower id first when scores are equal, whatever the input order', () => {
    expect(topK([4, 2, 0, 3, 1], [1, 1, 1, 1, 1], 3)).toEqual([0, 1, 2]);
  });

  test('returns every id when there are fewer than k, and none when k is 0', () => {
    expect(topK([2, 0], [0.2, 0.5, 0.1], 5)).toEqual([0, 2]);
    expect(topK([2, 0], [0.2, 0.5, 0.1], 0)).toEqual([]);
  });

  test('agrees with a full sort on random scores', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const scores = Array.from({ length: 500 }, () => Math.round(random() * 50) / 50);
    const ids = scores.map((_, i) => i);
    const sorted = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b);
    expect(topK(ids, scores, 20)).toEqual(sorted.slice(0, 20));
  });
});
