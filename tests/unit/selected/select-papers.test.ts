import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { parsePaperPage, renderPaperPage } from '../../../src/lib/papers/render-page.ts';
import { markSelected, parseSelected, selectPapers } from '../../../src/lib/selected/select-papers.ts';

const FILE = 'content/selected.yaml';
const PAPERS = [
  { slug: 'attention-is-all-you-need', arxiv: '1706.03762' },
  { slug: 'deep-residual-learning', doi: '10.1109/CVPR.2016.90' },
  { slug: 'plain' },
];

describe('parseSelected', () => {
  test('returns the entries under "selected:" with their lines, numbers as text', () => {
    expect(parseSelected('selected:\n  - plain\n  - 1706.03762\n', FILE)).toEqual({ entries: [{ id: 'plain', line: 2 }, { id: '1706.03762', line: 3 }], diagnostics: [] });
  });

  test('reports an entry that is not a name at its line', () => {
    expect(parseSelected('selected:\n  - plain\n  - { title: X }\n', FILE).diagnostics).toEqual([expect.objectContaining({ file: FILE, line: 3, rule: 'selected-invalid', severity: 'error' })]);
  });
});

describe('selectPapers', () => {
  test.each([
    ['a slug', 'plain', 'plain'],
    ['an arXiv id', '1706.03762', 'attention-is-all-you-need'],
    ['an arXiv id with prefix and version', 'arXiv:1706.03762v5', 'attention-is-all-you-need'],
    ['an arXiv address', 'https://arxiv.org/abs/1706.03762', 'attention-is-all-you-need'],
    ['a DOI in another case', '10.1109/cvpr.2016.90', 'deep-residual-learning'],
    ['a DOI address', 'https://doi.org/10.1109/CVPR.2016.90', 'deep-residual-learning'],
  ])('finds a paper by %s', (_, id, slug) => {
    expect([...selectPapers(PAPERS, [{ id, line: 2 }], FILE).slugs]).toEqual([slug]);
  });

  test('warns at the line of an entry that names no paper', () => {
    const { slugs, diagnostics } = selectPapers(PAPERS, [{ id: 'no-such-paper', line: 4 }], FILE);
    expect(slugs.size).toBe(0);
    expect(diagnostics).toEqual([expect.objectContaining({ file: FILE, line: 4, severity: 'warning', rule: 'selected-unknown', message: expect.stringContaining('"no-such-paper"') })]);
  });
});

describe('markSelected', () => {
  const data: PaperData = { title: 'T', slug: 'plain', topics: ['other'], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'a.txt', line: 1 } };
  const page = { slug: 'plain', fileName: 'plain.mdx', data, text: renderPaperPage(data, 'The abstract.') };

  test('sets selected in the front matter and keeps the body', () => {
    const [marked] = markSelected([page], new Set(['plain']));
    expect(marked!.data.selected).toBe(true);
    expect(parsePaperPage(marked!.text)).toEqual({ data: expect.objectContaining({ selected: true, title: 'T' }), body: 'The abstract.\n' });
    expect(marked!.text).toBe(renderPaperPage({ ...data, selected: true }, 'The abstract.'));
  });

  test('returns the other pages unchanged', () => {
    expect(markSelected([page], new Set(['other']))[0]).toBe(page);
  });
});
