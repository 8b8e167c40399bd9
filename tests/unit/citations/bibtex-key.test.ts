import { describe, expect, test } from 'vitest';
import { bibtexKey } from '../../../src/lib/citations/bibtex-key.ts';

describe('bibtexKey', () => {
  test('returns an ASCII slug unchanged', () => {
    expect(bibtexKey('attention-is-all-you-need')).toBe('attention-is-all-you-need');
  });

  test('returns the ASCII words and a hash for other slugs, using only safe characters', () => {
    expect(bibtexKey('модели-and-mae')).toMatch(/^and-mae:[0-9a-f]{8}$/);
    expect(bibtexKey('注意力')).toMatch(/^paper:[0-9a-f]{8}$/);
    expect(bibtexKey('title--3f9a1c2e')).toMatch(/^title-3f9a1c2e:[0-9a-f]{8}$/);
  });

  test('returns distinct keys for slugs that differ only outside ASCII', () => {
    const slugs = ['модели-x', 'моделі-x', 'x', 'x-paper', 'ß-x', 'ss-x'];
    expect(new Set(slugs.map(bibtexKey)).size).toBe(slugs.length);
  });

  test('returns the same key on every call', () => {
    expect(bibtexKey('δ-learning')).toBe(bibtexKey('δ-learning'));
  });
});
