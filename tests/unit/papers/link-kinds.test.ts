import { describe, expect, test } from 'vitest';
import { isPdfUrl, unionLinks } from '../../../src/lib/papers/link-kinds.ts';

describe('unionLinks', () => {
  test('returns the links of every list kind by kind, each once, in first-seen order', () => {
    expect(unionLinks({ code: ['https://a.org/1'], slides: ['https://a.org/s'] }, undefined, { code: ['https://a.org/2', 'https://a.org/1'], pdf: ['https://a.org/p.pdf'] })).toEqual({
      pdf: ['https://a.org/p.pdf'], code: ['https://a.org/1', 'https://a.org/2'], slides: ['https://a.org/s'],
    });
  });

  test('returns undefined when no list has a link', () => expect(unionLinks(undefined, { code: [] })).toBeUndefined());
});

describe('isPdfUrl', () => {
  test.each([
    ['https://a.org/x.pdf', true],
    ['https://a.org/X.PDF?dl=1', true],
    ['https://openreview.net/pdf?id=x', false],
    ['https://a.org/pdf/', false],
  ])('returns %s → %s', (url, expected) => expect(isPdfUrl(url)).toBe(expected));
});
