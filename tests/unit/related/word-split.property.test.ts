import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { letterRuns, splitKeepingCompounds, stripAccents } from '../../../src/lib/related/word-split.ts';

// The regular expressions the scans replace: they must split every text the same way.
const byRegexRuns = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const byRegexCompounds = (text: string) => text.split(/[^\p{L}\p{N}.-]+|(?<!\p{L})-|-(?!\p{L})/u);
const byRegexAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '');

/** Characters the splits treat differently: ASCII letters, digits, dots, hyphens, spaces, accents, other scripts, astral letters and digits, lone surrogates. */
const pieces = fc.constantFrom('a', 'Z', '7', '.', '-', '--', ' ', ',', 'é', 'é', 'ß', 'Ω', 'ж', '深', 'い', '٣', '²', '𝑥', '𝟙', '😀', '\ud800', '\udc00', '’', '–', '\u00a0', '\n', 'x-y', '-a', 'b-', '1-2');
const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

describe('word splitting by scanning character codes', () => {
  test('letterRuns splits as /[^\\p{L}\\p{N}]+/u without empty strings', () => {
    fc.assert(fc.property(texts, (text) => { expect(letterRuns(text)).toEqual(byRegexRuns(text)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => { expect(letterRuns(text)).toEqual(byRegexRuns(text)); }), { numRuns: 3000 });
  });

  test('splitKeepingCompounds splits as the compound-keeping regex, empty strings included', () => {
    fc.assert(fc.property(texts, (text) => { expect(splitKeepingCompounds(text)).toEqual(byRegexCompounds(text)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => { expect(splitKeepingCompounds(text)).toEqual(byRegexCompounds(text)); }), { numRuns: 3000 });
  });

  test('stripAccents equals NFKD with the marks dropped, and returns ASCII text unchanged', () => {
    fc.assert(fc.property(texts, (text) => { expect(stripAccents(text)).toBe(byRegexAccents(text)); }), { numRuns: 3000 });
    expect(stripAccents('Café Zürich naïve')).toBe('Cafe Zurich naive');
    const ascii = 'plain English, 42 words - no accents';
    expect(stripAccents(ascii)).toBe(ascii);
  });

  test('examples read as words', () => {
    expect(letterRuns('in-context learning, 3D (ViT-B/16)')).toEqual(['in', 'context', 'learning', '3D', 'ViT', 'B', '16']);
    expect(splitKeepingCompounds('high-dimensional regression - a 2-step e.g. study')).toEqual(['high-dimensional', 'regression', '', '', 'a', '2', 'step', 'e.g.', 'study']);
  });
});
