import { describe, expect, test } from 'vitest';
import { contentWordKeys, extractKeyphrases, phrasesAndWordKeys } from '../../../src/lib/topics/keyphrases.ts';

const surfaces = (text: string) => extractKeyphrases(text).map((k) => k.surface);
const keys = (text: string) => extractKeyphrases(text).map((k) => k.key);

describe('extractKeyphrases', () => {
  test('returns adjacent pairs of content words, stemmed keys with written surfaces', () => {
    expect(extractKeyphrases('Gene expression in mouse embryos')).toEqual([
      { key: 'gene express', surface: 'gene expression' },
      { key: 'mous embryo', surface: 'mouse embryos' },
    ]);
  });

  test('never pairs words across punctuation or stop words', () => {
    expect(keys('coral reefs. Ocean warming of the coral')).not.toContain('reef ocean');
    expect(keys('coral reefs. Ocean warming of the coral')).not.toContain('warm coral');
  });

  test.each([
    ['drops pairs of generic words', 'A simple model of random data', []],
    ['keeps a pair with one specific word', 'The sample complexity of learning', ['sample complexity']],
    ['drops numbers, URLs and names ending in a participle or adverb', 'We studied 300 points widely learned at https://x.org/coral', []],
    ['keeps acronyms as written', 'The RNA structures.', ['RNA structures']],
    ['reads a hyphenated compound as one word', 'Retrieval-Augmented Generation for search', ['retrieval-augmented generation']],
    ['names a pair joined by "of"', 'A sparse mixture of experts', ['sparse mixture', 'mixture of experts']],
    ['skips runs of person names', 'By Ana Pérez, Li Wei and Tom Smith: gut microbiome', ['gut microbiome']],
  ])('%s', (_, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  test('gives British and American spellings, and stop words inside a compound, one key', () => {
    expect(keys('tumour growth')).toEqual(keys('tumor growth'));
    expect(keys('in-context learning')).toEqual(keys('in context learning'));
  });

  test('records the word after a phrase, so names cut short can be told', () => {
    expect(extractKeyphrases('Markov chain Monte Carlo sampling').find((k) => k.surface === 'chain monte')?.next).toBe('carlo');
  });
});

describe('contentWordKeys', () => {
  test('returns the keys of the content words once each', () => {
    expect([...contentWordKeys('Coral reefs and coral bleaching')]).toEqual(['coral', 'reef', 'bleach']);
  });
});

describe('phrasesAndWordKeys', () => {
  // The sample's own abstracts, with the cases that take other paths: names, compounds, accents, URLs.
  const texts = [
    'Masked autoencoders (MAE) are scalable self-supervised learners for computer vision. See https://github.com/x/mae.',
    'Ana Pérez, Li Wei and Tom Smith study the mixture of experts in high-dimensional regression; in-context learning of LoRA adapters.',
    'Tumour growth and tumor suppression in haemoglobin-rich cells, réseaux de neurones, 3-D “gene expression”.',
    '',
  ];
  test.each(texts)('gives what extractKeyphrases and contentWordKeys give for %j', (text) => {
    expect(phrasesAndWordKeys(text)).toEqual({ phrases: extractKeyphrases(text), words: contentWordKeys(text) });
  });
});
