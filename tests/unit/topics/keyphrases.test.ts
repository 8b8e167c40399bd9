import { describe, expect, test } from 'vitest';
import { extractKeyphrases } from '../../../src/lib/topics/keyphrases.ts';

describe('extractKeyphrases', () => {
  test('returns content words and adjacent pairs, stemmed keys with written surfaces', () => {
    expect(extractKeyphrases('Gene expression in mouse embryos')).toEqual([
      { key: 'gene', surface: 'gene' },
      { key: 'express', surface: 'expression' },
      { key: 'gene express', surface: 'gene expression' },
      { key: 'mous', surface: 'mouse' },
      { key: 'embryo', surface: 'embryos' },
      { key: 'mous embryo', surface: 'mouse embryos' },
    ]);
  });

  test('never pairs words across punctuation or stop words', () => {
    const keys = extractKeyphrases('coral reefs. Ocean warming of the coral').map((k) => k.key);
    expect(keys).not.toContain('reef ocean');
    expect(keys).not.toContain('warm coral');
  });

  test('drops vague words, numbers, URLs, and names ending in a participle or adverb', () => {
    const surfaces = extractKeyphrases('We study 300 data points widely learned at https://x.org/coral').map((k) => k.surface);
    expect(surfaces).toEqual(['points']);
  });
});
