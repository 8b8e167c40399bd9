import { describe, expect, test } from 'vitest';
import { searchFitsAlongside } from '../../../scripts/lib/search-index.ts';

const GiB = 2 ** 30;

describe('searchFitsAlongside', () => {
  test('lets Pagefind run beside Astro for ten thousand pages on 24 GiB, not for a hundred thousand', () => {
    expect(searchFitsAlongside(10_000, 24 * GiB)).toBe(true);
    expect(searchFitsAlongside(100_000, 24 * GiB)).toBe(false);
  });
  test('is stricter with less memory', () => {
    expect(searchFitsAlongside(10_000, 8 * GiB)).toBe(true);
    expect(searchFitsAlongside(10_000, 4 * GiB)).toBe(false);
  });
});
