import { describe, expect, test } from 'vitest';
import { BULLET_ITEM, EM_CLOSE, EM_OPEN } from '../../../src/lib/papers/abstract-markup.ts';
import { abstractSnippet } from '../../../src/lib/papers/abstract-snippet.ts';

describe('abstractSnippet', () => {
  test('returns undefined when the abstract is empty', () => {
    expect(abstractSnippet([])).toBeUndefined();
    expect(abstractSnippet(['  '])).toBeUndefined();
  });

  test('joins paragraphs into one line and drops emphasis and list marks', () => {
    expect(abstractSnippet([`We ${EM_OPEN}propose${EM_CLOSE} a model.`, `It has:${BULLET_ITEM}speed${BULLET_ITEM}size`])).toBe('We propose a model. It has: • speed • size');
  });

  test.each([
    ['inline dollars', 'Bounds of $O(n \\log n)$ time.', 'Bounds of O(n \\log n) time.'],
    ['display math', 'Solve \\[ x^2 = 1 \\] fast.', 'Solve x^2 = 1 fast.'],
    ['a price, which is not math', 'It costs $5 to $10 a run.', 'It costs $5 to $10 a run.'],
    ['an escaped dollar', 'Saves \\$3.', 'Saves $3.'],
  ])('keeps %s as readable text', (_, abstract, snippet) => {
    expect(abstractSnippet([abstract])).toBe(snippet);
  });

  test('cuts a long abstract at a word boundary with an ellipsis, within the bound', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const snippet = abstractSnippet([words], 50)!;
    expect(snippet.length).toBeLessThanOrEqual(50);
    expect(snippet).toMatch(/^word0 word1 .* word\d+…$/);
    expect(words.startsWith(snippet.slice(0, -1))).toBe(true);
  });

  test('cuts text without spaces where it stands', () => {
    const snippet = abstractSnippet(['深層学習'.repeat(100)], 40)!;
    expect(snippet).toHaveLength(40);
    expect(snippet.endsWith('…')).toBe(true);
  });
});
