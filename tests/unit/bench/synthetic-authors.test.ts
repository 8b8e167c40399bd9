import { describe, expect, test } from 'vitest';
import { makeSyntheticAuthors } from '../../../src/lib/bench/synthetic-authors.ts';
import { groupAuthors } from '../../../src/lib/people/group-authors.ts';

describe('makeSyntheticAuthors', () => {
  test('gives the same lists for the same seed, 1 to 8 distinct names per paper', () => {
    const lists = makeSyntheticAuthors(200, 3);
    expect(makeSyntheticAuthors(200, 3)).toEqual(lists);
    expect(lists).toHaveLength(200);
    for (const names of lists) {
      expect(names.length).toBeGreaterThanOrEqual(1);
      expect(names.length).toBeLessThanOrEqual(8);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test('spells people several ways and has people on many papers, as a real library does', () => {
    const lists = makeSyntheticAuthors(500, 1);
    const all = lists.flat();
    expect(all.some((n) => /^[A-Z]\. /.test(n))).toBe(true);
    expect(all.some((n) => n.includes(', '))).toBe(true);
    const people = groupAuthors(lists.map((authors, i) => ({ slug: `p${i}`, authors, source: { file: 'x', line: i + 1 } }))).people;
    expect(people.length).toBeLessThan(new Set(all).size);
    expect(Math.max(...people.map((p) => p.papers.length))).toBeGreaterThan(10);
  });
});
