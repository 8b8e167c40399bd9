import { describe, expect, test } from 'vitest';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';

const TEXT =
  'Mixture-of-Experts (MoE) has emerged as a promising paradigm for foundation models due to its efficient and powerful scalability. ' +
  'In this work, we present Sigma-MoE-Tiny, an MoE language model that achieves the highest sparsity compared to existing open-source models. ' +
  'Sigma-MoE-Tiny employs fine-grained expert segmentation with up to 96 experts per layer, while activating only one expert for each token, resulting in 20B total parameters with just 0.5B activated. ' +
  'We study repeated bilateral trade where an adaptive $\\sigma$-smooth adversary generates the valuation, with regret $O(\\sqrt{T \\log T})$ e.g. in the worst case.';

/** Pagefind's word positions of the words containing `part`. */
const at = (part: string) => TEXT.split(/\s+/).flatMap((w, i) => (w.toLowerCase().includes(part) ? [i] : []));

describe('buildExcerpt', () => {
  test('starts at the sentence of the first match and marks the words without their punctuation', () => {
    expect(buildExcerpt(TEXT, at('sigma-moe'))).toBe(
      'In this work, we present <mark>Sigma-MoE-Tiny</mark>, an MoE language model that achieves the highest sparsity compared to existing open-source models. <mark>Sigma-MoE-Tiny</mark> employs fine-grained expert segmentation with up to 96 experts…',
    );
  });

  test('is the opening of the text, cut with an ellipsis, when nothing matched in it (a title or author word)', () => {
    const excerpt = buildExcerpt(TEXT, []);
    expect(excerpt.startsWith('Mixture-of-Experts (MoE) has emerged')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  test('starts at a clause, with an ellipsis, when the sentence began too far before the match', () => {
    expect(buildExcerpt(TEXT, at('activated')).startsWith('…resulting in 20B total parameters with just 0.5B <mark>activated</mark>. We study')).toBe(true);
  });

  test('near the end of the text, starts at an earlier sentence rather than run short, and ends where the text ends', () => {
    expect(buildExcerpt(TEXT, at('regret'))).toBe(
      'We study repeated bilateral trade where an adaptive σ-smooth adversary generates the valuation, with <mark>regret</mark> O(√(T log T)) e.g. in the worst case.',
    );
  });

  test('shows math as text, never as TeX, and marks a formula whole', () => {
    const excerpt = buildExcerpt(TEXT, at('log'));
    expect(excerpt).toContain('<mark>O(√(T log T))</mark>');
    expect(excerpt).not.toMatch(/[$\\]/);
  });

  test('ends at a sentence end, without an ellipsis, when one ends in the last third', () => {
    const text = `${'word '.repeat(25)}end of it. Then ${'more '.repeat(20)}`;
    expect(buildExcerpt(text, [0])).toBe(`<mark>word</mark> ${'word '.repeat(24)}end of it.`);
  });

  test('keeps the full stop of an abbreviation it stops after, with a space before the ellipsis', () => {
    const text = `${'word '.repeat(29)}i.e. more words follow here`;
    expect(buildExcerpt(text, [0]).endsWith('word i.e. …')).toBe(true);
  });

  test('escapes the text', () => {
    expect(buildExcerpt('a <b> & c', [1])).toBe('a <mark>&lt;b&gt;</mark> &amp; c');
  });

  test('is empty for empty text', () => {
    expect(buildExcerpt('', [])).toBe('');
  });
});
