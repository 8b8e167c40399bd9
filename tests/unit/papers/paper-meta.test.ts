import { describe, expect, test } from 'vitest';
import { arxivUrl, doiUrl, formatDate, searchFacets, UNDATED_OLDEST_KEY, UNDATED_SORT_KEY } from '../../../src/lib/papers/paper-meta.ts';

describe('formatDate', () => {
  test.each([
    ['2023-05-04', '4 May 2023'],
    ['2023-12', 'December 2023'],
    ['2023', '2023'],
  ])('returns %s as %s', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('arxivUrl and doiUrl', () => {
  test('returns the arXiv abstract page and the doi.org address, with path characters encoded', () => {
    expect(arxivUrl({ arxiv: 'hep-th/9901001' })).toBe('https://arxiv.org/abs/hep-th/9901001');
    expect(doiUrl({ doi: '10.1002/(SICI)1097-4571#x?y' })).toBe('https://doi.org/10.1002/(SICI)1097-4571%23x%3Fy');
    expect(arxivUrl({})).toBeUndefined();
    expect(doiUrl({})).toBeUndefined();
  });
});

describe('searchFacets', () => {
  test('returns the year, whether code is linked and the date as sort key when the paper has a date', () => {
    expect(searchFacets({ date: '2023-05-04', links: { code: ['https://github.com/a/b'], project: [] } })).toEqual({ year: '2023', hasCode: true, sortDate: '2023-05-04', sortOldest: '2023-05-04' });
  });

  test('returns a sort key that sorts last and no year when the paper has no date', () => {
    expect(searchFacets({ links: { code: [], project: [] } })).toEqual({ hasCode: false, sortDate: UNDATED_SORT_KEY, sortOldest: UNDATED_OLDEST_KEY });
    expect(UNDATED_SORT_KEY < '1000').toBe(true);
    expect(UNDATED_OLDEST_KEY > '9999-12-31').toBe(true);
  });
});
