import { describe, expect, test } from 'vitest';
import { buildTermVectors } from '../../../src/lib/related/term-vectors.ts';

const docs = [
  { title: 'Masked image modeling', abstract: 'Masking image patches for pretraining vision transformers.' },
  { title: 'Masked autoencoders', abstract: 'Masked image patches are reconstructed by an autoencoder.' },
  { title: 'Protein folding', abstract: 'Predicting protein structure from sequence.' },
];

describe('buildTermVectors', () => {
  test('returns unit-length vectors with ascending term ids', () => {
    for (const v of buildTermVectors(docs).vectors) {
      if (v.terms.length === 0) continue;
      expect(Math.hypot(...v.weights)).toBeCloseTo(1, 5);
      expect([...v.terms]).toEqual([...v.terms].sort((a, b) => a - b));
    }
  });

  test('drops terms that occur in one paper only', () => {
    const { vocabulary } = buildTermVectors(docs);
    expect(vocabulary).toContain('mask');
    expect(vocabulary).not.toContain('protein');
  });

  test('returns the same vocabulary whatever the order of the papers', () => {
    expect(buildTermVectors([...docs].reverse()).vocabulary).toEqual(buildTermVectors(docs).vocabulary);
  });

  test('returns an empty vector for a paper with no shared terms', () => {
    expect(buildTermVectors(docs).vectors[2]!.terms.length).toBe(0);
  });
});
