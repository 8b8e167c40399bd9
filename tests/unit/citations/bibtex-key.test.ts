import { describe, expect, test } from 'vitest';
import { assignCitationKeys, citationKeyBase } from '../../../src/lib/citations/bibtex-key.ts';

describe('citationKeyBase', () => {
  test.each([
    [{ title: 'Attention Is All You Need', authors: ['Ashish Vaswani', 'Noam Shazeer'], date: '2017-06-12' }, 'vaswani2017attention'],
    [{ title: 'The Elements of Statistical Learning', authors: ['Hastie, Trevor'], date: '2009' }, 'hastie2009elements'],
    [{ title: 'Über die Müdigkeit', authors: ['Jürgen Müller'], date: '1999' }, 'muller1999uber'],
    [{ title: 'On $\\alpha$-Divergences', authors: ['Søren Højberg'], date: '2020' }, 'hojberg2020divergences'],
    [{ title: 'OpenML Benchmarking Suites', authors: ['OpenML Collective'], organizations: ['OpenML Collective'], date: '2021' }, 'openml2021openml'],
    [{ title: 'A Study of Things', authors: ['Guido van Rossum Jr.'], date: '2001' }, 'rossum2001study'],
    [{ title: 'Deep Residual Learning' }, 'deep'],
    [{ title: '注意力' }, 'paper'],
  ])('returns the surnameYEARfirstword key of %j', (paper, key) => {
    expect(citationKeyBase(paper)).toBe(key);
  });
});

describe('assignCitationKeys', () => {
  test('returns the base key for each paper whose key is its own', () => {
    expect(assignCitationKeys([
      { slug: 'b', title: 'Deep Learning', authors: ['Yann LeCun'], date: '2015' },
      { slug: 'a', title: 'Attention', authors: ['A. Vaswani'], date: '2017' },
    ])).toEqual(['lecun2015deep', 'vaswani2017attention']);
  });

  test('keeps the base key for the first slug and suffixes the others in slug order', () => {
    const paper = { title: 'Deep Learning', authors: ['Yann LeCun'], date: '2015' };
    expect(assignCitationKeys([{ ...paper, slug: 'c' }, { ...paper, slug: 'a' }, { ...paper, slug: 'b' }])).toEqual(['lecun2015deepb', 'lecun2015deep', 'lecun2015deepa']);
  });

  test('returns unique keys when a suffixed key is another paper\'s base key', () => {
    const keys = assignCitationKeys([
      { slug: 'a', title: 'Deep', authors: ['X Smith'], date: '2020' },
      { slug: 'b', title: 'Deep', authors: ['X Smith'], date: '2020' },
      { slug: 'c', title: 'Deepa', authors: ['X Smith'], date: '2020' },
    ]);
    expect(keys).toEqual(['smith2020deep', 'smith2020deepb', 'smith2020deepa']);
    expect(new Set(keys).size).toBe(3);
  });

  test('returns the same keys whatever the order of the input', () => {
    const papers = Array.from({ length: 30 }, (_, i) => ({ slug: `s${i}`, title: i % 3 ? 'Same Title' : `Other ${i}`, authors: ['J Doe'], date: '2024' }));
    const keyed = new Map(papers.map((p, i) => [p.slug, assignCitationKeys(papers)[i]]));
    const reversed = [...papers].reverse();
    assignCitationKeys(reversed).forEach((key, i) => expect(key).toBe(keyed.get(reversed[i]!.slug)));
  });
});
