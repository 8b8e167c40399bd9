import { describe, expect, test } from 'vitest';
import { pairBlocks } from '../../../src/lib/sources/listing-pairing.ts';

/** An abstract-length sentence run (abstracts are hundreds of characters), ending as given. */
const abstract = (end: string) =>
  `We study sequence transduction models based on attention alone. Experiments on two translation tasks show these models to be superior in quality while being more parallelizable and requiring significantly less time to train ${end}`;

const lines = (...blocks: string[]) => blocks.map((b) => b.split('\n'));

describe('pairBlocks', () => {
  test.each([
    ['a formula', abstract('with $\\mathcal{O}(n \\log n)$')],
    ['a TeX line break', abstract('than recurrent models \\\\')],
    ['a URL in brackets', abstract('(https://github.com/tensorflow/tensor2tensor)')],
    ['a URL in angle brackets', abstract('<https://github.com/tensorflow/tensor2tensor>')],
    ['a word', abstract('on eight GPUs')],
    ['a closing quote', abstract('than "recurrent" models."')],
  ])('returns title, abstract pairs when every abstract ends with %s', (_, text) => {
    const { roles, unsure } = pairBlocks(lines('Paper A', text, 'Paper B', text, 'Paper C', text));
    expect(roles).toEqual(['title', 'abstract', 'title', 'abstract', 'title', 'abstract']);
    expect(unsure).toEqual([false, false, false, false, false, false]);
  });

  test.each([
    ['a full stop', 'Attention Is All You Need.'],
    ['a colon', 'Mask is All You Need:'],
    ['an entity', 'Mitigating the &quot;Reversal Curse&quot;'],
    ['a comma', 'Sparse, Dense,'],
  ])('returns the pairs unchanged when a title ends with %s', (_, title) => {
    const { roles } = pairBlocks(lines('Paper A', abstract('.'), title, abstract('.'), 'Paper C', abstract('.')));
    expect(roles).toEqual(['title', 'abstract', 'title', 'abstract', 'title', 'abstract']);
  });

  test('returns a title without abstract, and no other shift, when two titles come in a row', () => {
    const { roles, unsure } = pairBlocks(lines('Paper A', 'Paper B', abstract(''), 'Paper C', abstract('with $O(1)$')));
    expect(roles).toEqual(['title', 'title', 'abstract', 'title', 'abstract']);
    expect(unsure.some(Boolean)).toBe(false);
  });

  test('returns a title without abstract when the next title ends with a full stop', () => {
    const { roles, unsure } = pairBlocks(lines('Paper A', 'Attention Is All You Need.', abstract('.')));
    expect(roles).toEqual(['title', 'title', 'abstract']);
    // A short title ending like a sentence might have been the abstract of the one before.
    expect(unsure[1]).toBe(true);
  });

  test('returns a wrapped title when a title breaks over two lines before its abstract', () => {
    const { roles } = pairBlocks(lines('Mask is All You Need:\nRethinking Mask R-CNN for Dense and Arbitrary-Shaped Scene Text Detection', abstract('.'), 'Paper B', abstract('.')));
    expect(roles).toEqual(['wrapped-title', 'abstract', 'title', 'abstract']);
  });

  test('returns a title with its abstract when no blank line separates them', () => {
    const { roles } = pairBlocks(lines('Paper A', abstract('.'), `Paper B\n${abstract('.')}`, 'Paper C', abstract('.')));
    expect(roles).toEqual(['title', 'abstract', 'title-abstract', 'title', 'abstract']);
  });

  test('returns an abstract, not a title and its abstract, when a hard-wrapped abstract follows a title without abstract', () => {
    const wrapped = 'We study sequence transduction models based on attention alone, and\nshow on two translation tasks that these models are superior in quality\nwhile being more parallelizable and requiring less time to train.';
    const { roles } = pairBlocks(lines('Paper A', 'Paper B', wrapped, 'Paper C', wrapped));
    expect(roles).toEqual(['title', 'title', 'abstract', 'title', 'abstract']);
  });

  test('returns date lines as dates when they come between papers', () => {
    expect(pairBlocks(lines('Paper A', abstract('.'), 'Mar 13', 'Paper B', abstract('.'))).roles).toEqual(['title', 'abstract', 'date', 'title', 'abstract']);
  });

  test('returns unsure for the blocks around a missing abstract when no shape tells where it is', () => {
    const { roles, unsure } = pairBlocks(lines('Paper A', 'Paper B', 'Paper C'));
    expect(roles).toEqual(['title', 'abstract', 'title']);
    expect(unsure).toEqual([false, true, true]);
  });

  test('returns two titles without abstract when the abstracts of the file are long and a short line follows a title', () => {
    const long = `${abstract('.')} ${abstract('.')}`;
    const { roles, unsure } = pairBlocks(lines('Paper A', long, 'Paper B', 'Paper C without an abstract either', 'Paper D', long));
    expect(roles).toEqual(['title', 'abstract', 'title', 'title', 'title', 'abstract']);
    expect(unsure.some(Boolean)).toBe(false);
  });

  test('returns a wrapped title when its second line is indented as arXiv wraps titles, even after a title without abstract', () => {
    const { roles } = pairBlocks(lines('Paper A', abstract('.'), 'Paper B', 'Identity-GRPO: Optimizing Multi-Human Identity-preserving Video\n  Generation via Reinforcement Learning', abstract('.')));
    expect(roles).toEqual(['title', 'abstract', 'title', 'wrapped-title', 'abstract']);
  });

  test('returns nothing when there are no blocks', () => {
    expect(pairBlocks([])).toEqual({ roles: [], unsure: [] });
  });
});
