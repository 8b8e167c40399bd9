import { describe, expect, test } from 'vitest';
import { parseBibtex } from '../../../src/lib/sources/bibtex.ts';

/** The records of a BibTeX text, without place, abstract or links. */
function read(text: string) {
  const { records, diagnostics } = parseBibtex(text, 'refs.bib');
  return { records: records.map(({ file, line, abstract, urls, ...rest }) => rest), diagnostics };
}

describe('parseBibtex citation fields', () => {
  test('returns the entry type as kind, with volume, issue, pages and publisher', () => {
    const { records } = read(`@article{grady2019, title = {Emotions in Storybooks}, author = {Grady, J. S. and Her, M.}, journal = {Psychology of Popular Media Culture}, volume = {8}, number = {3}, pages = {207--217}, year = {2019}, publisher = {APA}}`);
    expect(records).toEqual([{ title: 'Emotions in Storybooks', authors: ['J. S. Grady', 'M. Her'], date: '2019', venue: 'Psychology of Popular Media Culture', kind: 'article', volume: '8', issue: '3', pages: '207–217', publisher: 'APA' }]);
  });

  test.each([
    ['inproceedings', 'inproceedings'],
    ['conference', 'inproceedings'],
    ['incollection', 'incollection'],
    ['phdthesis', 'thesis'],
    ['techreport', 'report'],
  ])('returns kind %j for @%s', (type, kind) => {
    expect(read(`@${type}{k, title = {T}, year = 2020}`).records[0]?.kind).toBe(kind);
  });

  test('returns no kind for @misc, and preprint for an @article whose journal is only arXiv', () => {
    expect(read('@misc{k, title = {T}}').records[0]?.kind).toBeUndefined();
    expect(read('@article{k, title = {T}, journal = {arXiv preprint arXiv:2301.01234}}').records[0]).toMatchObject({ kind: 'preprint', arxiv: '2301.01234' });
  });

  test('returns braced names as organisations, kept as one author', () => {
    const { records } = read('@misc{k, title = {T}, author = {Vanschoren, Joaquin and {OpenML Collective}}, editor = {{ACM}}}');
    expect(records[0]).toMatchObject({ authors: ['Joaquin Vanschoren', 'OpenML Collective'], editors: ['ACM'], organizations: ['OpenML Collective', 'ACM'] });
  });

  test('gives a crossref child the booktitle, year, editors and volume of its parent, which gets no page', () => {
    const { records, diagnostics } = read(`@inproceedings{a, title = {Paper A}, author = {Doe, Jane}, crossref = {colt19}, pages = {1--20}}
@proceedings{colt19, title = {Proceedings of the Thirty-Second Conference on Learning Theory}, editor = {Beygelzimer, Alina and Hsu, Daniel}, year = {2019}, volume = {99}, publisher = {PMLR}}`);
    expect(records).toEqual([{ title: 'Paper A', authors: ['Jane Doe'], date: '2019', venue: 'Proceedings of the Thirty-Second Conference on Learning Theory', kind: 'inproceedings', volume: '99', pages: '1–20', publisher: 'PMLR', editors: ['Alina Beygelzimer', 'Daniel Hsu'] }]);
    expect(diagnostics.filter((d) => d.severity === 'info')).toMatchObject([{ rule: 'bibtex-volume', line: 2 }]);
  });

  test('gives the papers of a proceedings file the volume\'s booktitle, year, editors and volume', () => {
    const { records, diagnostics } = read(`@Proceedings{COLT2023,
    booktitle = {Proceedings of Thirty Sixth Conference on Learning Theory},
    editor = {Neu, Gergely and Rosasco, Lorenzo},
    volume = {195},
    year = {2023}
}

@InProceedings{a23, author = {He, Ye}, title = {Paper A}, pages = {1-30}}
@InProceedings{b23, author = {Ma, Xi}, title = {Paper B}, booktitle = {Other}, year = {2022}}`);
    expect(records[0]).toEqual({ title: 'Paper A', authors: ['Ye He'], date: '2023', venue: 'Proceedings of Thirty Sixth Conference on Learning Theory', kind: 'inproceedings', volume: '195', pages: '1-30', editors: ['Gergely Neu', 'Lorenzo Rosasco'] });
    expect(records[1]).toMatchObject({ venue: 'Other', date: '2022' });
    expect(records[1]?.editors).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity !== 'warning')).toMatchObject([{ severity: 'info', rule: 'bibtex-volume', line: 1 }]);
  });
});
