import { describe, expect, test } from 'vitest';
import { facetLabel, orderFacets, orderValues } from '../../../src/lib/search/facets.ts';

describe('orderFacets', () => {
  test('puts topic, year, has code and venue first, then any other filter by name', () => {
    expect(orderFacets(['zeta', 'venue', 'alpha', 'has code', 'topic', 'year'])).toEqual(['topic', 'year', 'has code', 'venue', 'alpha', 'zeta']);
  });
});

describe('facetLabel', () => {
  test.each([['topic', 'Topic'], ['has code', 'Has code'], ['', '']])('labels %j as %j', (name, label) => {
    expect(facetLabel(name)).toBe(label);
  });
});

describe('orderValues', () => {
  test('orders years newest first', () => {
    expect(orderValues(['2019', '2024', '2021'])).toEqual(['2024', '2021', '2019']);
  });
  test('orders names alphabetically', () => {
    expect(orderValues(['Vision', 'Audio', 'language'])).toEqual(['Audio', 'language', 'Vision']);
  });
});
