import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/lib/related/tokenize.ts';

describe('tokenize', () => {
  test.each([
    ['Masked image modeling', ['mask', 'imag', 'model']],
    ['We propose a novel method', []],
    ['masking masked masks', ['mask', 'mask', 'mask']],
    ['Transformers in 2024 and 3D', ['transform', '3d']],
    ['See https://github.com/x/y for code', ['see']],
    ['Café naïve', ['cafe', 'naiv']],
  ])('returns the stemmed content words of %j', (text, terms) => {
    expect(tokenize(text)).toEqual(terms);
  });

  test('keeps words of other scripts whole', () => {
    expect(tokenize('Модели трансформеров')).toEqual(['модели', 'трансформеров']);
  });
});
