import { describe, expect, test } from 'vitest';
import { parseBibtex } from '../../../src/lib/sources/bibtex.ts';

const ZOTERO = `% Exported by Zotero
@article{muller_attention_2023,
\ttitle = {Attention for {Schr{\\"o}dinger} Bridges with {\\em Sparse} Kernels},
\tauthor = {M{\\"u}ller, J{\\"u}rgen and H\\o{}jberg, S{\\o}ren and van der Berg, Jan and others},
\tyear = {2023},
\tmonth = may,
\tjournal = {Journal of Machine Learning Research},
\tdoi = {10.48550/arXiv.2301.01234},
\turl = {http://arxiv.org/abs/2301.01234v2},
\teprint = {2301.01234v2},
\tarchivePrefix = {arXiv},
\tprimaryClass = {cs.LG},
\tkeywords = {Computer Science - Machine Learning, Optimal transport},
\tabstract = {We study \`\`entropic'' transport --- with $c(x,y) = \\|x-y\\|^2$ --- at 95\\% accuracy.

Code: \\url{https://github.com/jm/sbridge}.},
}

@inproceedings{no_abstract,
  title = "A Paper Without Abstract",
  booktitle = {Proceedings of NeurIPS},
  author = {Doe, Jane},
  date = {2022-12-01},
  code = {\\url{https://gitlab.com/jd/x}},
}
`;

describe('parseBibtex', () => {
  test('returns one record per entry with decoded text, math kept, paragraphs and metadata', () => {
    const { records, diagnostics } = parseBibtex(ZOTERO, 'content/sources/x.bib');
    expect(records[0]).toEqual({
      title: 'Attention for Schrödinger Bridges with Sparse Kernels',
      abstract: ['We study “entropic” transport — with $c(x,y) = \\|x-y\\|^2$ — at 95% accuracy.', 'Code: https://github.com/jm/sbridge.'],
      file: 'content/sources/x.bib',
      line: 2,
      authors: ['Jürgen Müller', 'Søren Højberg', 'Jan van der Berg'],
      date: '2023-05',
      arxiv: '2301.01234',
      doi: '10.48550/arXiv.2301.01234',
      venue: 'Journal of Machine Learning Research',
      kind: 'article',
      categories: ['cs.LG'],
      keywords: ['Computer Science - Machine Learning', 'Optimal transport'],
    });
    expect(records[1]).toMatchObject({ title: 'A Paper Without Abstract', abstract: [], line: 19, date: '2022-12-01', venue: 'Proceedings of NeurIPS', urls: { code: ['https://gitlab.com/jd/x'] } });
    expect(diagnostics).toEqual([expect.objectContaining({ line: 19, severity: 'warning', rule: 'bibtex-no-abstract' })]);
  });

  test('returns an error at the line of an entry with an unclosed brace, and the other entries', () => {
    const text = '@misc{a, title = {Good}}\n\n@misc{b,\n  title = {Unclosed {brace},\n  year = 2020\n}\n';
    const { records, diagnostics } = parseBibtex(text, 'x.bib');
    expect(records.map((r) => r.title)).toEqual(['Good']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ file: 'x.bib', line: 3, rule: 'bibtex-syntax' })]);
  });

  test('returns the arXiv id from a Google Scholar style journal and no venue then', () => {
    const { records } = parseBibtex('@article{a, title={T}, journal={arXiv preprint arXiv:2106.09685}, year={2021}}', 'x.bib');
    expect(records[0]).toMatchObject({ arxiv: '2106.09685', date: '2021' });
    expect(records[0]!.venue).toBeUndefined();
  });

  test('returns @string values expanded and no records for @comment and @preamble', () => {
    const text = '@string{jmlr = "J. Mach. Learn. Res."}\n@comment{not a paper}\n@preamble{"\\newcommand{\\x}{y}"}\n@article{a, title = {T}, journal = jmlr}';
    const { records } = parseBibtex(text, 'x.bib');
    expect(records.map((r) => [r.title, r.venue, r.line])).toEqual([['T', 'J. Mach. Learn. Res.', 4]]);
  });

  test('returns a warning and no record for an entry without a title', () => {
    const { records, diagnostics } = parseBibtex('@misc{a, author = {X, Y}}', 'x.bib');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, rule: 'bibtex-no-title' })]);
  });
});

describe('parseBibtex link fields', () => {
  test('returns the pdf, slides, poster, video, supp, blog, html and website fields of an academic site as links of their kind', () => {
    const text = `@inproceedings{a2024,
  title = {A Paper},
  year = {2024},
  pdf = {https://a.org/a2024.pdf},
  slides = {https://a.org/a2024-slides.pdf},
  poster = {https://a.org/poster.png},
  video = {https://www.youtube.com/watch?v=abc_1},
  supp = {https://a.org/supp.zip},
  blog = {https://a.org/blog/a2024},
  html = {https://a.org/a2024.html},
  website = {https://a.org/a2024/},
  code = {https://github.com/a/a2024},
}
@article{b2024, title = {B Paper}, pdf = {b2024.pdf}, url = {https://b.org/b.pdf}}`;
    const [a, b] = parseBibtex(text, 'papers.bib').records;
    expect(a!.urls).toEqual({
      pdf: ['https://a.org/a2024.pdf'],
      code: ['https://github.com/a/a2024'],
      project: ['https://a.org/a2024/'],
      slides: ['https://a.org/a2024-slides.pdf'],
      poster: ['https://a.org/poster.png'],
      video: ['https://www.youtube.com/watch?v=abc_1'],
      supplement: ['https://a.org/supp.zip'],
      blog: ['https://a.org/blog/a2024'],
      html: ['https://a.org/a2024.html'],
    });
    // A file name is no address a reader can follow; a url ending in .pdf is the PDF.
    expect(b!.urls).toEqual({ pdf: ['https://b.org/b.pdf'] });
  });
});
