import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { citationOf, type CitablePaper } from '../../../src/lib/citations/paper-citation.ts';
import { renderBibtex } from '../../../src/lib/citations/render-bibtex.ts';

const URL = 'https://example.org/papers/x/';

/** Renders a paper's entry and parses it back with a maintained BibTeX parser, which must find no error. */
function roundTrip(paper: CitablePaper) {
  const text = renderBibtex(citationOf(paper, URL));
  const library = parse(text, { english: false, sentenceCase: false });
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return { text, entry: library.entries[0]! };
}

const article: CitablePaper = {
  slug: 'emotions-in-storybooks',
  citeKey: 'grady2019emotions',
  kind: 'article',
  title: 'Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States',
  authors: ['J. S. Grady', 'M. Her', 'G. Moreno', 'C. Perez', 'J. Yelinek'],
  date: '2019',
  venue: 'Psychology of Popular Media Culture',
  volume: '8',
  issue: '3',
  pages: '207-217',
  doi: '10.1037/ppm0000185',
};

const paper: CitablePaper = {
  slug: 'openml-benchmarking',
  kind: 'inproceedings',
  title: 'OpenML Benchmarking Suites for $k$-fold Evaluation',
  authors: ['Bernd Bischl', 'OpenML Collective'],
  organizations: ['OpenML Collective'],
  editors: ['Joaquin Vanschoren', 'Sai-Kit Yeung'],
  date: '2021-12',
  venue: 'Proceedings of the Neural Information Processing Systems Track on Datasets and Benchmarks',
  volume: '1',
  pages: '1–14',
  publisher: 'Curran',
};

describe('citationOf with renderBibtex', () => {
  test('returns an @article with journal, volume, number and pages that parse back', () => {
    const { text, entry } = roundTrip(article);
    expect(text.startsWith('@article{grady2019emotions,\n')).toBe(true);
    expect(entry.type).toBe('article');
    expect([entry.fields.journal, entry.fields.volume, entry.fields.number, entry.fields.year, entry.fields.doi]).toEqual(['Psychology of Popular Media Culture', '8', '3', '2019', '10.1037/ppm0000185']);
    expect(text).toContain('  pages = {207--217},\n');
    expect(entry.fields.howpublished).toBeUndefined();
  });

  test('returns an @inproceedings with booktitle and editors, the organisation braced as one author', () => {
    const { text, entry } = roundTrip(paper);
    expect(entry.type).toBe('inproceedings');
    expect(entry.key).toBe('bischl2021openml');
    expect(text).toContain('  author = {Bernd Bischl and {OpenML Collective}},\n');
    expect(entry.fields.author).toEqual([{ firstName: 'Bernd', lastName: 'Bischl' }, { name: 'OpenML Collective' }]);
    expect(entry.fields.editor?.map((e) => e.lastName)).toEqual(['Vanschoren', 'Yeung']);
    expect([entry.fields.booktitle, entry.fields.volume, entry.fields.publisher?.[0], entry.fields.month]).toEqual([paper.venue, '1', 'Curran', '12']);
    expect(text).toContain('  title = {OpenML Benchmarking Suites for $k$-fold Evaluation},\n');
  });

  test('returns a @misc with eprint and archivePrefix for an arXiv preprint', () => {
    const { text, entry } = roundTrip({ slug: 'p', title: 'Scaling Laws', authors: ['Jared Kaplan'], date: '2020-01-23', arxiv: '2001.08361' });
    expect(entry.type).toBe('misc');
    expect([entry.fields.eprint, entry.fields.archiveprefix]).toEqual(['2001.08361', 'arXiv']);
    expect(text).toContain('  archivePrefix = {arXiv},\n');
  });

  test.each([
    ['a venue of unknown kind', { kind: undefined, venue: 'Some Workshop' }, 'misc', 'howpublished'],
    ['an article without a journal', { kind: 'article' as const, venue: undefined }, 'misc', undefined],
    ['a chapter', { kind: 'incollection' as const, venue: 'The Book' }, 'incollection', 'booktitle'],
    ['a thesis', { kind: 'thesis' as const, venue: undefined, publisher: 'MIT' }, 'phdthesis', undefined],
    ['a report', { kind: 'report' as const, venue: undefined, publisher: 'RAND' }, 'techreport', undefined],
  ])('returns the right type for %s', (_, fields, type, venueField) => {
    const { entry } = roundTrip({ slug: 's', title: 'T', authors: ['A B'], date: '2020', ...fields });
    expect(entry.type).toBe(type);
    if (venueField) expect(entry.fields[venueField]).toBe(fields.venue);
    if (type === 'phdthesis') expect(entry.fields.school).toBe('MIT');
    if (type === 'techreport') expect(entry.fields.institution?.[0]).toBe('RAND');
  });

  test('returns the paper\'s own key when the build gave it none', () => {
    expect(citationOf({ ...paper, citeKey: undefined }, URL).key).toBe('bischl2021openml');
    expect(citationOf(article, URL).key).toBe('grady2019emotions');
  });
});
