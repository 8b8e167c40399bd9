import { describe, expect, test } from 'vitest';
import { cosine, findRelated } from '../../../src/lib/related/find-related.ts';
import { buildTermVectors } from '../../../src/lib/related/term-vectors.ts';

const vector = (terms: number[], weights: number[]) => ({ terms: Uint32Array.from(terms), weights: Float32Array.from(weights) });

describe('cosine', () => {
  test('sums the products of shared terms only', () => {
    expect(cosine(vector([0, 2, 5], [0.6, 0.8, 0]), vector([2, 3], [1, 0]))).toBeCloseTo(0.8);
  });
});

describe('findRelated', () => {
  const vectors = buildTermVectors([
    { title: 'Masked image modeling for vision', abstract: 'Mask image patches and predict pixels.' },
    { title: 'Masked autoencoders for vision', abstract: 'Reconstruct masked image patches with an autoencoder.' },
    { title: 'Language model reasoning', abstract: 'Large language models learn reasoning in context.' },
    { title: 'In-context learning in language models', abstract: 'Transformers learn in context from prompt examples.' },
    { title: 'Protein folding', abstract: 'Amino acid chains fold into structures.' },
  ]).vectors;

  test('returns the papers that share the most weighted terms, best first', () => {
    const related = findRelated(vectors, { count: 1 });
    expect(related.slice(0, 4)).toEqual([[1], [0], [3], [2]]);
  });

  test('never lists a paper as related to itself nor papers with nothing in common', () => {
    const related = findRelated(vectors);
    related.forEach((list, i) => expect(list).not.toContain(i));
    expect(related[4]).toEqual([]);
    expect(related.flat()).not.toContain(4);
  });

  test('returns the exact top papers when pruning limits are not reached', () => {
    const related = findRelated(vectors, { count: 2 });
    related.forEach((list, i) => {
      const scores = list.map((j) => cosine(vectors[i]!, vectors[j]!));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  });
});
