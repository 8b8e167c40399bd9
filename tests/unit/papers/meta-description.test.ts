import { describe, expect, test } from 'vitest';
import { abstractDescription, cutText, DESCRIPTION_LENGTH, firstSentence, mathToText } from '../../../src/lib/papers/meta-description.ts';

describe('firstSentence', () => {
  test.each([
    ['We show it works. Then more.', 'We show it works.'],
    ['Models (e.g. BERT) fail. We fix them.', 'Models (e.g. BERT) fail.'],
    ['Following Smith et al. We add more.', 'Following Smith et al. We add more.'],
    ['See Fig. 2 for details. Next.', 'See Fig. 2 for details.'],
    ['A 3.5 point gain. Next.', 'A 3.5 point gain.'],
    ['By J. R. Smith and others. Next.', 'By J. R. Smith and others.'],
    ['Does it scale? Yes.', 'Does it scale?'],
    ['我们提出一种方法。它很好。', '我们提出一种方法。'],
    ['No full stop at all', 'No full stop at all'],
  ])('returns the first sentence of %j', (text, sentence) => expect(firstSentence(text)).toBe(sentence));
});

describe('mathToText', () => {
  test.each([
    ['O(n \\log n)', 'O(n log n)'],
    ['\\mathcal{O}(1)', 'O(1)'],
    ['\\left( x \\right)', '( x )'],
    ['k=64', 'k=64'],
    ['\\ell_1', 'ell_1'],
  ])('returns %j as %j', (tex, text) => expect(mathToText(tex)).toBe(text));
});

describe('cutText', () => {
  test('returns short text as it is', () => expect(cutText('Short.')).toBe('Short.'));

  test('returns long text cut at a word boundary within the limit, with an ellipsis', () => {
    const cut = cutText('word '.repeat(60).trim());
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(cut).toMatch(/ word…$/);
  });
});

describe('abstractDescription', () => {
  test('returns the first sentence of the first paragraph as plain text: no tags, entities decoded, math as text', () => {
    const html = '<p>We bound the cost by $O(n \\log n)$ &amp; <em>prove</em> it tight. Then we test.</p>\n<p>Second paragraph.</p>';
    expect(abstractDescription(html)).toBe('We bound the cost by O(n log n) & prove it tight.');
  });

  test('returns the lead of a list paragraph without running into its items', () => {
    expect(abstractDescription('<p>In particular,</p>\n<ol>\n<li>first item;</li>\n</ol>')).toBe('In particular,');
  });

  test('returns a price as a price', () => expect(abstractDescription('<p>It costs $5 and $10 per run. More.</p>')).toBe('It costs $5 and $10 per run.'));

  test('returns a long first sentence cut to the limit with an ellipsis', () => {
    const description = abstractDescription(`<p>${'long '.repeat(80)}end. Next.</p>`)!;
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    expect(description.endsWith('…')).toBe(true);
  });

  test('returns undefined for an abstract without text', () => expect(abstractDescription('<p> </p>')).toBeUndefined());
});
