import { describe, expect, test } from 'vitest';
import { isReadableKeyword, isReadableName, personNameParts } from '../../../src/lib/topics/topic-names.ts';

describe('isReadableName', () => {
  test.each([
    ['Dirac fermions', true],
    ['Gut microbiome', true],
    ['Sample complexity', true],
    ['Mixture of experts', true],
    ['Deep', false],
    ['Prediction', false],
    ['Simple models', false],
    ['Efficient algorithms', false],
    ['Superior performance', false],
    ['Poorly understood', false],
    ['Algorithm exhibits', false],
    ['Parameter regime', false],
  ])('returns %s → %s', (name, expected) => {
    expect(isReadableName(name)).toBe(expected);
  });

  test('returns false for a person of the corpus', () => {
    const people = personNameParts(['Li Wei', 'Jürgen Müller']);
    expect(isReadableName('Li Wei', people)).toBe(false);
    expect(isReadableName('Jurgen Muller', people)).toBe(false);
    expect(isReadableName('Gut microbiome', people)).toBe(true);
  });
});

describe('isReadableKeyword', () => {
  test.each([
    ['Biodiversity', true],
    ['High Energy Physics - Phenomenology', true],
    ['Theory', false],
    ['Algorithms', false],
  ])('returns %s → %s', (keyword, expected) => {
    expect(isReadableKeyword(keyword)).toBe(expected);
  });
});
