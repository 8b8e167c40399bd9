import { describe, expect, test } from 'vitest';
import { describeResults, lastPage, moreLabel, PAGE_SIZE, shownCount } from '../../../src/lib/search/result-pages.ts';

describe('shownCount', () => {
  test.each([[55, 1, 20], [55, 2, 40], [55, 3, 55], [55, 9, 55], [0, 1, 0], [7, 0, 7]])('of %i results on %i pages is %i', (found, page, shown) => {
    expect(shownCount(found, page)).toBe(shown);
  });
});

describe('lastPage', () => {
  test.each([[0, 1], [20, 1], [21, 2], [55, 3]])('of %i results is %i', (found, page) => {
    expect(lastPage(found)).toBe(page);
  });
});

describe('moreLabel', () => {
  test('names the next page, the last one by how many are left, and nothing once all are listed', () => {
    expect(moreLabel(55, 20)).toBe(`Show ${PAGE_SIZE} more results`);
    expect(moreLabel(55, 40)).toBe('Show the last 15 results');
    expect(moreLabel(41, 40)).toBe('Show the last result');
    expect(moreLabel(40, 40)).toBeUndefined();
  });
});

describe('describeResults', () => {
  test.each([[55, 20, '55 papers found, showing 20'], [55, 55, '55 papers found'], [1, 1, '1 paper found'], [0, 0, '0 papers found']])('%i of %i', (found, shown, text) => {
    expect(describeResults(found, shown)).toBe(text);
  });
});
