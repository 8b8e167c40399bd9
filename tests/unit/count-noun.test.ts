import { describe, expect, test } from 'vitest';
import { countNoun } from '../../src/lib/count-noun.ts';

describe('countNoun', () => {
  test.each([
    [0, 'paper', undefined, '0 papers'],
    [1, 'paper', undefined, '1 paper'],
    [2, 'topic', undefined, '2 topics'],
    [1234, 'paper', undefined, '1234 papers'],
    [3, 'person', 'people', '3 people'],
  ])('returns %s %s as a phrase in the right number', (count, noun, plural, phrase) => {
    expect(countNoun(count, noun, plural)).toBe(phrase);
  });
});
