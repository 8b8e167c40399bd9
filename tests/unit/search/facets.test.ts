import { describe, expect, test } from 'vitest';
import { facetLabel, orderFacets, orderValues, SHOWN_VALUES, splitValues } from '../../../src/lib/search/facets.ts';

describe('orderFacets', () => {
  test('puts topic, year, has code and venue first, then any other filter by name', () => {
    expect(orderFacets(['zeta', 'venue', 'alpha', 'has code', 'topic', 'year'])).toEqual(['topic', 'year', 'has code', 'venue', 'alpha', 'zeta']);
  });

  test('puts author after venue, before any other filter', () => {
    expect(orderFacets(['alpha', 'author', 'venue', 'topic'])).toEqual(['topic', 'venue', 'author', 'alpha']);
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

describe('splitValues', () => {
  const many = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`Author ${String.fromCharCode(65 + i)}`, i === 3 ? 9 : 1]));

  test('shows every value of a small facet, in value order', () => {
    expect(splitValues('author', { 'B Two': 1, 'A One': 3 })).toEqual({ shown: ['A One', 'B Two'], more: [] });
  });

  test('shows the most used authors first and folds the rest, A–Z', () => {
    const { shown, more } = splitValues('author', many);
    expect(shown.length).toBe(SHOWN_VALUES);
    expect(shown[0]).toBe('Author D');
    expect(more).toEqual(['Author K', 'Author L', 'Author M', 'Author N']);
  });

  test('always shows a chosen value', () => {
    expect(splitValues('author', many, ['Author N']).shown).toContain('Author N');
  });

  test('never folds a facet other than author and venue', () => {
    expect(splitValues('topic', many).more).toEqual([]);
  });
});
