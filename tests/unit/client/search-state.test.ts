import { describe, expect, test } from 'vitest';
import { isEmptySearch, pagefindOptions, readSearchState, writeSearchState, type SearchState } from '../../../src/lib/client/search-state.ts';

const state = (extra: Partial<SearchState> = {}): SearchState => ({ query: '', topics: [], year: '', hasCode: false, newestFirst: false, ...extra });

describe('readSearchState and writeSearchState', () => {
  test('returns the same state after a round trip through the address', () => {
    const full = state({ query: 'mask', topics: ['A b', 'C'], year: '2024', hasCode: true, newestFirst: true });
    expect(writeSearchState(full).toString()).toBe('q=mask&topic=A+b&topic=C&year=2024&code=1&sort=date');
    expect(readSearchState(writeSearchState(full))).toEqual(full);
  });

  test('returns an empty address when nothing is chosen', () => {
    expect(writeSearchState(state({ query: '  ' })).size).toBe(0);
    expect(readSearchState(new URLSearchParams(''))).toEqual(state());
  });
});

describe('pagefindOptions', () => {
  test.each<[Partial<SearchState>, ReturnType<typeof pagefindOptions>]>([
    [{}, {}],
    [{ topics: ['T'] }, { filters: { topic: ['T'] } }],
    [{ year: '2023', hasCode: true }, { filters: { year: ['2023'], 'has code': ['yes'] } }],
    [{ query: 'x', newestFirst: true }, { sort: { date: 'desc' } }],
  ])('returns the filters and sort Pagefind needs for %j', (extra, expected) => {
    expect(pagefindOptions(state(extra))).toEqual(expected);
  });
});

describe('isEmptySearch', () => {
  test.each<[Partial<SearchState>, boolean]>([
    [{}, true],
    [{ newestFirst: true }, true],
    [{ query: ' ' }, true],
    [{ query: 'x' }, false],
    [{ year: '2024' }, false],
    [{ hasCode: true }, false],
    [{ topics: ['T'] }, false],
  ])('returns for %j: %s', (extra, empty) => {
    expect(isEmptySearch(state(extra))).toBe(empty);
  });
});
