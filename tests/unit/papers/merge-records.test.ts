import { describe, expect, test } from 'vitest';
import { dropSettledWarnings, mergeRecords, normalizeTitle } from '../../../src/lib/papers/merge-records.ts';
import type { SourceRecord } from '../../../src/lib/sources/source-record.ts';

const rec = (file: string, line: number, extra: Partial<SourceRecord> = {}): SourceRecord => ({ title: 'Attention Is All You Need', abstract: ['A.'], file, line, ...extra });

describe('normalizeTitle', () => {
  test.each([
    ['Score-Matching: A Schrödinger  Bridge!', 'scorematchingaschrodingerbridge'],
    ['score matching — a schrodinger bridge', 'scorematchingaschrodingerbridge'],
  ])('returns %j as %j', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });
});

describe('mergeRecords', () => {
  test.each<[string, Partial<SourceRecord>, Partial<SourceRecord>, string]>([
    ['the same arXiv id, versions aside', { arxiv: '1706.03762' }, { arxiv: '1706.03762', title: 'Other wording' }, 'arXiv id'],
    ['the same DOI in another case', { doi: '10.1000/ABC' }, { doi: '10.1000/abc', title: 'Other wording' }, 'DOI'],
    ['the same title and first author', { authors: ['Ashish Vaswani', 'Noam Shazeer'] }, { title: 'attention is all you need.', authors: ['A. Vaswani'] }, 'title and first author'],
  ])('returns one record and an info naming both places when two records have %s', (_case, a, b, reason) => {
    const { records, diagnostics } = mergeRecords([rec('a.bib', 3, a), rec('b.xml', 7, b)]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ file: 'a.bib', line: 3 });
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'b.xml', line: 7, severity: 'info', rule: 'paper-merged' })]);
    expect(diagnostics[0]!.message).toContain('a.bib:3');
    expect(diagnostics[0]!.message).toContain(`same ${reason}`);
  });

  test.each<[string, Partial<SourceRecord>, Partial<SourceRecord>]>([
    ['only share a title', {}, {}],
    ['share a title but not the first author', { authors: ['Ashish Vaswani'] }, { authors: ['Jane Doe'] }],
    ['share title and first author but have different arXiv ids', { authors: ['A. Vaswani'], arxiv: '1706.03762' }, { authors: ['A. Vaswani'], arxiv: '2401.00001' }],
    ['share title and first author but have different journal DOIs', { authors: ['A. Vaswani'], doi: '10.1000/a' }, { authors: ['A. Vaswani'], doi: '10.1000/b' }],
  ])('returns two records when they %s', (_case, a, b) => {
    const { records, diagnostics } = mergeRecords([rec('a.bib', 3, a), rec('b.bib', 9, b)]);
    expect(records).toHaveLength(2);
    expect(diagnostics).toEqual([]);
  });

  test('returns the merged fields: longer abstract and author list, precise date, journal DOI, every keyword and link', () => {
    const listing = rec('l.txt', 1, { abstract: [], listed: 'Mar 14' });
    const bib = rec('x.bib', 2, { arxiv: '1706.03762', doi: '10.48550/arXiv.1706.03762', date: '2017', authors: ['Ashish Vaswani'], keywords: ['nlp'], urls: { code: ['https://github.com/a/b'] } });
    const atom = rec('y.xml', 5, { arxiv: '1706.03762', abstract: ['The dominant models.', 'We propose.'], date: '2017-06-12', doi: '10.5555/3295222', authors: ['Ashish Vaswani', 'Noam Shazeer'], venue: 'NeurIPS', keywords: ['nlp', 'attention'], urls: { project: ['https://a.org/'] } });
    const { records, diagnostics } = mergeRecords([listing, bib, atom]);
    // The listing record has no id nor author: it stays apart from the other two.
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({
      title: 'Attention Is All You Need',
      abstract: ['The dominant models.', 'We propose.'],
      file: 'x.bib',
      line: 2,
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      date: '2017-06-12',
      venue: 'NeurIPS',
      arxiv: '1706.03762',
      doi: '10.5555/3295222',
      keywords: ['nlp', 'attention'],
      urls: { code: ['https://github.com/a/b'], project: ['https://a.org/'] },
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line}`)).toEqual(['y.xml:5']);
  });

  test('returns the links of every kind from both records, each once', () => {
    const bib = rec('x.bib', 1, { arxiv: '1706.03762', urls: { pdf: ['https://a.org/a.pdf'], slides: ['https://a.org/s'], code: ['https://github.com/a/b'] } });
    const hf = rec('y.json', 2, { arxiv: '1706.03762', urls: { code: ['https://github.com/a/b', 'https://github.com/c/d'], video: ['https://a.org/v'] } });
    expect(mergeRecords([bib, hf]).records[0]!.urls).toEqual({
      pdf: ['https://a.org/a.pdf'], code: ['https://github.com/a/b', 'https://github.com/c/d'], slides: ['https://a.org/s'], video: ['https://a.org/v'],
    });
  });

  test('returns three records from three sources as one, matched through a key the second one brought', () => {
    const a = rec('a.bib', 1, { doi: '10.1000/x' });
    const b = rec('b.json', 2, { doi: '10.1000/X', arxiv: '2301.01234' });
    const c = rec('c.xml', 3, { arxiv: '2301.01234', title: 'Different title' });
    const { records, diagnostics } = mergeRecords([a, b, c]);
    expect(records).toHaveLength(1);
    expect(diagnostics.map((d) => d.message.includes('a.bib:1'))).toEqual([true, true]);
  });

  test('returns records in the order of the first record of each paper', () => {
    const { records } = mergeRecords([rec('a', 1, { title: 'P', arxiv: '1111.11111' }), rec('a', 2, { title: 'Q' }), rec('b', 1, { title: 'P', arxiv: '1111.11111' })]);
    expect(records.map((r) => r.title)).toEqual(['P', 'Q']);
  });
});

describe('mergeRecords with preprints', () => {
  const ching = ['Travers Ching', 'Daniel S. Himmelstein'];
  const preprint = rec('biorxiv.bib', 1, { title: 'Opportunities And Obstacles For Deep Learning In Biology And Medicine', authors: ching, doi: '10.1101/142760', venue: 'bioRxiv', date: '2017' });
  const journal = rec('crossref.json', 2, { title: 'Opportunities and obstacles for deep learning in biology and medicine', authors: ching, doi: '10.1098/rsif.2017.0387', venue: 'Journal of The Royal Society Interface', date: '2018-04' });

  test.each([
    ['the preprint comes first', [preprint, journal]],
    ['the journal version comes first', [journal, preprint]],
  ])('returns one record with the journal title, DOI and venue when %s', (_case, input) => {
    const { records, diagnostics } = mergeRecords(input);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title: journal.title, doi: '10.1098/rsif.2017.0387', venue: 'Journal of The Royal Society Interface', date: '2018-04', file: input[0]!.file });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'info', rule: 'paper-merged', file: input[1]!.file })]);
    expect(diagnostics[0]!.message).toContain('a preprint (10.1101/142760) and its journal version (10.1098/rsif.2017.0387)');
  });

  test.each<[string, string]>([
    ['medRxiv', '10.1101/2020.03.22.20040949'],
    ['SSRN', '10.2139/ssrn.3312874'],
    ['Research Square', '10.21203/rs.3.rs-25829/v1'],
    ['PsyArXiv', '10.31234/osf.io/u4rkb'],
  ])('returns one record when a %s preprint meets its journal version', (_server, doi) => {
    expect(mergeRecords([rec('a', 1, { authors: ['A. Vaswani'], doi }), rec('b', 2, { authors: ['Ashish Vaswani'], doi: '10.5555/3295222' })]).records).toHaveLength(1);
  });

  test('returns one record with the arXiv id kept when an arXiv preprint meets its journal version by title', () => {
    const { records } = mergeRecords([rec('a.xml', 1, { authors: ['A. Vaswani'], arxiv: '1706.03762', doi: '10.48550/arXiv.1706.03762' }), rec('b.json', 2, { authors: ['Ashish Vaswani'], doi: '10.5555/3295222', venue: 'NeurIPS' })]);
    expect(records).toEqual([expect.objectContaining({ arxiv: '1706.03762', doi: '10.5555/3295222', venue: 'NeurIPS' })]);
  });

  test.each<[string, Partial<SourceRecord>, Partial<SourceRecord>]>([
    ['a preprint and a journal paper by different first authors', { authors: ['Travers Ching'], doi: '10.1101/142760' }, { authors: ['Jane Doe'], doi: '10.1098/rsif.2017.0387' }],
    ['two preprints with different DOIs', { authors: ['Travers Ching'], doi: '10.1101/142760' }, { authors: ['Travers Ching'], doi: '10.2139/ssrn.3312874' }],
    ['a preprint and a Cold Spring Harbor journal paper of that prefix, both journal DOIs', { authors: ['Travers Ching'], doi: '10.1101/gr.229102.117' }, { authors: ['Travers Ching'], doi: '10.1098/rsif.2017.0387' }],
  ])('returns two records for %s with one title', (_case, a, b) => {
    expect(mergeRecords([rec('a', 1, a), rec('b', 2, b)]).records).toHaveLength(2);
  });
});

describe('dropSettledWarnings', () => {
  test('returns the diagnostics without the no-abstract warnings of records merged into a paper with an abstract', () => {
    const a = rec('a.bib', 1, { arxiv: '2301.01234', abstract: [] });
    const b = rec('b.xml', 4, { arxiv: '2301.01234' });
    const c = rec('c.bib', 9, { abstract: [] });
    const { records, groups } = mergeRecords([a, b, c]);
    const warn = (file: string, line: number) => ({ file, line, severity: 'warning' as const, rule: 'bibtex-no-abstract', message: 'm' });
    const other = { file: 'a.bib', line: 1, severity: 'warning' as const, rule: 'something-else', message: 'm' };
    expect(dropSettledWarnings([warn('a.bib', 1), warn('c.bib', 9), other], records, groups)).toEqual([warn('c.bib', 9), other]);
  });
});
