import { describe, expect, test } from 'vitest';
import { arxivPdfUrl, paperActions, primaryAction, titleSearches } from '../../../src/lib/papers/paper-actions.ts';

const none = { code: [], project: [] };
const bar = (paper: Parameters<typeof paperActions>[0]) => paperActions(paper).map((a) => [a.label, a.href]);

describe('paperActions', () => {
  test('returns the arXiv PDF first, then the arXiv page, for a paper with an arXiv id', () => {
    expect(bar({ title: 'T', arxiv: '2301.01234', links: none })).toEqual([
      ['PDF', 'https://arxiv.org/pdf/2301.01234'],
      ['arXiv', 'https://arxiv.org/abs/2301.01234'],
    ]);
  });

  test('returns the DOI link, encoded, for a paper with a DOI only', () => {
    expect(bar({ title: 'T', doi: '10.1000/a#b', links: none })).toEqual([['DOI', 'https://doi.org/10.1000/a%23b']]);
  });

  test('returns the source\'s PDF over arXiv\'s, and every kind of link in the bar\'s order, numbered when there are several', () => {
    const links = {
      code: ['https://github.com/a/b', 'https://gitlab.com/a/b'], project: ['https://a.org/'], pdf: ['https://a.org/a.pdf'],
      slides: ['https://a.org/s'], poster: ['https://a.org/p'], video: ['https://a.org/v'], supplement: ['https://a.org/x'],
      blog: ['https://a.org/b'], html: ['https://a.org/h'],
    };
    expect(paperActions({ title: 'T', arxiv: '2301.01234', links }).map((a) => a.label)).toEqual([
      'PDF', 'arXiv', 'Code', 'Code 2', 'Project page', 'Slides', 'Poster', 'Video', 'Supplement', 'Blog post', 'HTML',
    ]);
  });

  test('returns the links and then title searches for a paper without arXiv id, DOI or PDF', () => {
    expect(bar({ title: 'Deep $\\ell_1$ Nets', links: { code: ['https://github.com/a/b'], project: [] } })).toEqual([
      ['Code', 'https://github.com/a/b'],
      ...titleSearches('Deep $\\ell_1$ Nets').map((a) => [a.label, a.href]),
    ]);
  });
});

describe('titleSearches', () => {
  test('returns arXiv, Google Scholar and Semantic Scholar searches for the title without math dollars', () => {
    expect(titleSearches('Deep  $\\ell_1$ Nets & more').map((a) => [a.label, a.href])).toEqual([
      ['arXiv', 'https://arxiv.org/search/?query=Deep%20%5Cell_1%20Nets%20%26%20more&searchtype=title'],
      ['Google Scholar', 'https://scholar.google.com/scholar?q=Deep%20%5Cell_1%20Nets%20%26%20more'],
      ['Semantic Scholar', 'https://www.semanticscholar.org/search?q=Deep%20%5Cell_1%20Nets%20%26%20more'],
    ]);
  });
});

describe('primaryAction', () => {
  test('returns the PDF, else the arXiv or DOI page, and nothing for a paper found only by search', () => {
    expect(primaryAction(paperActions({ title: 'T', arxiv: '2301.01234', links: none }))?.label).toBe('PDF');
    expect(primaryAction(paperActions({ title: 'T', doi: '10.1000/x', links: { code: ['https://github.com/a/b'], project: [] } }))?.label).toBe('DOI');
    expect(primaryAction(paperActions({ title: 'T', links: { code: ['https://github.com/a/b'], project: [] } }))).toBeUndefined();
  });
});

describe('arxivPdfUrl', () => {
  test.each([['2301.01234', 'https://arxiv.org/pdf/2301.01234'], ['hep-th/9901001', 'https://arxiv.org/pdf/hep-th/9901001']])('returns the PDF of %s', (id, url) => expect(arxivPdfUrl(id)).toBe(url));
});
