import { describe, expect, test } from 'vitest';
import { markTerms, matchesEveryTerm, queryTerms, requiredPrefix, wordsAt } from '../../../src/lib/search/query-match.ts';

describe('queryTerms', () => {
  test('splits at spaces and compares as Pagefind does: lower case, no punctuation or diacritics', () => {
    expect(queryTerms(' In-Context  Café ')).toEqual(['incontext', 'cafe']);
  });
});

describe('requiredPrefix', () => {
  test.each([['x', 1], ['qqq', 3], ['mask', 3], ['maskd', 3], ['xyzzyqq', 4], ['organization', 6]])('is %s → %i', (term, n) => {
    expect(requiredPrefix(term)).toBe(n);
  });
});

describe('matchesEveryTerm', () => {
  test('refuses a query Pagefind only matched through a short prefix of a word', () => {
    expect(matchesEveryTerm('xyzzyqq', ['(x,'], 'Beyond (x,y,z) in Pose Estimation')).toBe(false);
    expect(matchesEveryTerm('mask xyzzyqq', ['masks', 'x'], 'Masked Autoencoders')).toBe(false);
  });

  test('accepts words and their extensions, a typo at the end, stems and title or author words', () => {
    expect(matchesEveryTerm('mask', ['Masked'], '')).toBe(true);
    expect(matchesEveryTerm('maskd', ['mask'], '')).toBe(true);
    expect(matchesEveryTerm('studies', ['study.'], '')).toBe(true);
    expect(matchesEveryTerm('in-context learning', ['in-context', 'learning'], '')).toBe(true);
    expect(matchesEveryTerm('Qingguo sigma', [], 'Sigma-Moe-Tiny Technical Report Qingguo Hu, Zhenghao Lin')).toBe(true);
  });

  test('finds a Chinese or Japanese word inside unspaced text', () => {
    expect(matchesEveryTerm('話題 分類', ['分類'], '深層学習による文書の話題分類の判断根拠')).toBe(true);
    expect(matchesEveryTerm('自動', ['分類'], '深層学習による文書の話題分類')).toBe(false);
  });
});

describe('wordsAt', () => {
  test('returns the words at Pagefind positions, counting words as Pagefind splits them', () => {
    expect(wordsAt('One  two\nthree four', [1, 3, 9])).toEqual(['two', 'four']);
  });
});

describe('markTerms', () => {
  test('marks the words the query words begin, escaping the rest', () => {
    expect(markTerms('Masked <Image> Modeling, masks', 'mask')).toBe('<mark>Masked</mark> &lt;Image&gt; Modeling, <mark>masks</mark>');
  });

  test('marks a part of a hyphenated word, or the whole word when the query word joins its parts', () => {
    expect(markTerms('Terrain-Aware Planning', 'aware')).toBe('Terrain-<mark>Aware</mark> Planning');
    expect(markTerms('Sparse Multi-Granularity Compression:', 'multi-granularity compression')).toBe('Sparse <mark>Multi-Granularity</mark> <mark>Compression</mark>:');
  });

  test('marks Chinese and Japanese words where they occur', () => {
    expect(markTerms('レシピ用語の自動認識', '自動 認識')).toBe('レシピ用語の<mark>自動</mark><mark>認識</mark>');
  });

  test('marks nothing for an empty query', () => {
    expect(markTerms('A & B', '')).toBe('A &amp; B');
  });
});
