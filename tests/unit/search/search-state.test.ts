import { describe, expect, test } from 'vitest';
import { historyStep, isEmptySearch, readSearchState, toPagefindOptions, withoutFilter, writeSearchState, type SearchState } from '../../../src/lib/search/search-state.ts';

describe('readSearchState', () => {
  test('reads the words, every other parameter as a filter, and the order', () => {
    const state = readSearchState(new URLSearchParams('q=+mask+&topic=A&topic=B&year=2024&sort=date'));
    expect(state).toEqual({ query: 'mask', filters: { topic: ['A', 'B'], year: ['2024'] }, sort: 'newest', page: 1 });
  });

  test('keeps only known filters when their names are given, and drops repeats and empty values', () => {
    const state = readSearchState(new URLSearchParams('topic=A&topic=A&topic=&utm_source=x&highlight=y'), ['topic']);
    expect(state.filters).toEqual({ topic: ['A'] });
  });

  test('reads code=1 as the has-code filter and sort=date-asc as oldest first', () => {
    expect(readSearchState(new URLSearchParams('code=1&sort=date-asc'))).toEqual({ query: '', filters: { 'has code': ['yes'] }, sort: 'oldest', page: 1 });
    expect(readSearchState(new URLSearchParams('code=0')).filters).toEqual({});
  });

  test.each([['bogus'], [''], ['newest']])('falls back to relevance for sort=%s', (sort) => {
    expect(readSearchState(new URLSearchParams({ sort })).sort).toBe('relevance');
  });
});

describe('readSearchState and page', () => {
  test.each([['page=3', 3], ['page=1', 1], ['page=0', 1], ['page=-2', 1], ['page=x', 1], ['', 1]])('reads %s as page %i', (query, page) => {
    expect(readSearchState(new URLSearchParams(query)).page).toBe(page);
  });

  test('writes page only after the first', () => {
    expect(writeSearchState({ query: 'a', filters: {}, sort: 'relevance', page: 2 }).toString()).toBe('q=a&page=2');
    expect(writeSearchState({ query: 'a', filters: {}, sort: 'relevance', page: 1 }).toString()).toBe('q=a');
  });
});

describe('writeSearchState', () => {
  test('writes q first, filters by name, and sort only when it is not relevance', () => {
    const params = writeSearchState({ query: 'a b', filters: { year: ['2024'], topic: ['X Y'] }, sort: 'relevance', page: 1 });
    expect(params.toString()).toBe('q=a+b&topic=X+Y&year=2024');
    expect(writeSearchState({ query: '', filters: {}, sort: 'oldest', page: 1 }).toString()).toBe('sort=date-asc');
    expect(writeSearchState({ query: 'mask', filters: { 'has code': ['yes'] }, sort: 'newest', page: 1 }).toString()).toBe('q=mask&code=1&sort=date');
  });

  test('round-trips through readSearchState', () => {
    const state = { query: 'diffusion', filters: { 'has code': ['yes'], topic: ['A & B', 'C'] }, sort: 'newest' as const, page: 3 };
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
    expect(isEmptySearch({ ...partial, sort: 'relevance', page: 1 })).toBe(expected);
  });
});

describe('toPagefindOptions', () => {
  test('combines values of one facet with any, leaves out facets without a choice, and sorts by date when asked', () => {
    expect(toPagefindOptions({ query: '', filters: { topic: ['A', 'B'], year: [] }, sort: 'newest', page: 1 })).toEqual({
      filters: { topic: { any: ['A', 'B'] } },
      sort: { date: 'desc' },
    });
    expect(toPagefindOptions({ query: '', filters: {}, sort: 'oldest', page: 1 }).sort).toEqual({ oldest: 'asc' });
    expect(toPagefindOptions({ query: '', filters: {}, sort: 'relevance', page: 1 })).toEqual({ filters: {} });
  });
});

const search = (partial: Partial<SearchState>): SearchState => ({ query: 'mask', filters: {}, sort: 'relevance', page: 1, ...partial });

describe('historyStep', () => {
  test.each([
    ['a filter chosen', search({ filters: { topic: ['A'] } }), 'push'],
    ['the order changed', search({ sort: 'newest' }), 'push'],
    ['a word typed', search({ query: 'masked' }), 'replace'],
    ['a page more shown', search({ page: 2 }), 'replace'],
    ['nothing changed', search({}), 'none'],
  ] as const)('is %s → %s', (_, after, step) => {
    expect(historyStep(search({}), after)).toBe(step);
  });
});

describe('withoutFilter', () => {
  test('drops one value, the filter once empty, and goes back to the first page', () => {
    const state = search({ filters: { topic: ['A', 'B'], year: ['2024'] }, page: 3 });
    expect(withoutFilter(state, 'topic', 'A')).toEqual(search({ filters: { topic: ['B'], year: ['2024'] } }));
    expect(withoutFilter(state, 'year', '2024')).toEqual(search({ filters: { topic: ['A', 'B'] } }));
  });
});
