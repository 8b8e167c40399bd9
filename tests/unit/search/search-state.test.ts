import { describe, expect, test } from 'vitest';
import { isEmptySearch, readSearchState, toPagefindOptions, writeSearchState } from '../../../src/lib/search/search-state.ts';

describe('readSearchState', () => {
  test('reads the words, every other parameter as a filter, and the order', () => {
    const state = readSearchState(new URLSearchParams('q=+mask+&topic=A&topic=B&year=2024&sort=date'));
    expect(state).toEqual({ query: 'mask', filters: { topic: ['A', 'B'], year: ['2024'] }, sort: 'newest' });
  });

  test('keeps only known filters when their names are given, and drops repeats and empty values', () => {
    const state = readSearchState(new URLSearchParams('topic=A&topic=A&topic=&utm_source=x&highlight=y'), ['topic']);
    expect(state.filters).toEqual({ topic: ['A'] });
  });

  test('reads code=1 as the has-code filter and sort=date-asc as oldest first', () => {
    expect(readSearchState(new URLSearchParams('code=1&sort=date-asc'))).toEqual({ query: '', filters: { 'has code': ['yes'] }, sort: 'oldest' });
    expect(readSearchState(new URLSearchParams('code=0')).filters).toEqual({});
  });

  test.each([['bogus'], [''], ['newest']])('falls back to relevance for sort=%s', (sort) => {
    expect(readSearchState(new URLSearchParams({ sort })).sort).toBe('relevance');
  });
});

describe('writeSearchState', () => {
  test('writes q first, filters by name, and sort only when it is not relevance', () => {
    const params = writeSearchState({ query: 'a b', filters: { year: ['2024'], topic: ['X Y'] }, sort: 'relevance' });
    expect(params.toString()).toBe('q=a+b&topic=X+Y&year=2024');
    expect(writeSearchState({ query: '', filters: {}, sort: 'oldest' }).toString()).toBe('sort=date-asc');
    expect(writeSearchState({ query: 'mask', filters: { 'has code': ['yes'] }, sort: 'newest' }).toString()).toBe('q=mask&code=1&sort=date');
  });

  test('round-trips through readSearchState', () => {
    const state = { query: 'diffusion', filters: { 'has code': ['yes'], topic: ['A & B', 'C'] }, sort: 'newest' as const };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('isEmptySearch', () => {
  test.each([
    [{ query: '', filters: {} }, true],
    [{ query: '', filters: { topic: [] } }, true],
    [{ query: 'x', filters: {} }, false],
    [{ query: '', filters: { topic: ['A'] } }, false],
  ])('is %j → %s', (partial, expected) => {
    expect(isEmptySearch({ ...partial, sort: 'relevance' })).toBe(expected);
  });
});

describe('toPagefindOptions', () => {
  test('combines values of one facet with any, leaves out facets without a choice, and sorts by date when asked', () => {
    expect(toPagefindOptions({ query: '', filters: { topic: ['A', 'B'], year: [] }, sort: 'newest' })).toEqual({
      filters: { topic: { any: ['A', 'B'] } },
      sort: { date: 'desc' },
    });
    expect(toPagefindOptions({ query: '', filters: {}, sort: 'oldest' }).sort).toEqual({ oldest: 'asc' });
    expect(toPagefindOptions({ query: '', filters: {}, sort: 'relevance' })).toEqual({ filters: {} });
  });
});
