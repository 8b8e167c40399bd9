import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteStyles } from '../../../src/lib/citations/citation-styles.ts';
import { cslItemOf, cslName } from '../../../src/lib/citations/csl-item.ts';
import { formatCitations, singleEntryStyle } from '../../../src/lib/citations/format-citations.ts';
import type { CitablePaper } from '../../../src/lib/citations/paper-citation.ts';

const CSL = join(import.meta.dirname, '..', '..', '..', 'src', 'data', 'csl');
const files = ['apa', 'ieee', 'chicago-author-date'].map((id) => ({ name: `${id}.csl`, xml: readFileSync(join(CSL, `${id}.csl`), 'utf8') }));
const styles = siteStyles(files, 'apa');
const locales = new Map([['en-US', readFileSync(join(CSL, 'locales-en-US.xml'), 'utf8')]]);

/** What a reader copies: the entry's text, tags dropped, entities decoded. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&').replace(/&amp;/g, '&');

/** Formats papers in every bundled style; returns the text of each paper's citation in `style`. */
function cite(papers: CitablePaper[], style: string): string[] {
  const out = formatCitations(papers.map((p) => cslItemOf(p, `https://example.org/papers/${p.slug}/`)), styles, locales);
  return papers.map((p) => text(out.get(p.slug)!.find((c) => c.style === style)!.html));
}

// The style guides' own examples, as papershelf's readers would record them.
const grady: CitablePaper = { slug: 'grady', kind: 'article', title: 'Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States', authors: ['J. S. Grady', 'M. Her', 'G. Moreno', 'C. Perez', 'J. Yelinek'], date: '2019', venue: 'Psychology of Popular Media Culture', volume: '8', issue: '3', pages: '207--217', doi: '10.1037/ppm0000185' };
const aron: CitablePaper = { slug: 'aron', kind: 'inproceedings', title: 'Culinary arts: Talent and their development', authors: ['L. Aron', 'M. Botella', 'T. Lubart'], editors: ['R. F. Subotnik', 'P. Olszewski-Kubilius', 'F. C. Worrell'], date: '2019', venue: 'The psychology of high performance: Developing human potential into domain-specific talent', pages: '345--359', publisher: 'American Psychological Association', doi: '10.1037/0000120-016' };
const duncombe: CitablePaper = { slug: 'duncombe', kind: 'article', title: 'Infrared navigation—Part I: An assessment of feasibility', authors: ['J. U. Duncombe'], date: '1959-01', venue: 'IEEE Trans. Electron Devices', volume: 'ED-11', issue: '1', pages: '34-39' };
const payne: CitablePaper = { slug: 'payne', kind: 'inproceedings', title: 'Wavelength-switched passively coupled single-mode optical network', authors: ['D. B. Payne', 'J. R. Stern'], date: '1985', venue: 'Proc. IOOC-ECOC', pages: '585-590' };
const keng: CitablePaper = { slug: 'keng', kind: 'article', title: 'Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality', authors: ['Shao-Hsun Keng', 'Chun-Hung Lin', 'Peter F. Orazem'], date: '2017', venue: 'Journal of Human Capital', volume: '11', issue: '1', pages: '1-34', doi: '10.1086/690235' };
const thoreau: CitablePaper = { slug: 'thoreau', kind: 'inproceedings', title: 'Walking', authors: ['Henry David Thoreau'], editors: ['John D’Agata'], date: '2016', venue: 'The Making of the American Essay', pages: '167-195', publisher: 'Graywolf Press' };

describe('formatCitations', () => {
  test.each([
    // APA Style, "Journal article references" and "Edited book chapter references" (the form of a paper in published proceedings).
    ['apa', 'a journal article', grady, 'Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States. Psychology of Popular Media Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185'],
    ['apa', 'a paper in proceedings', aron, 'Aron, L., Botella, M., & Lubart, T. (2019). Culinary arts: Talent and their development. In R. F. Subotnik, P. Olszewski-Kubilius, & F. C. Worrell (Eds.), The psychology of high performance: Developing human potential into domain-specific talent (pp. 345–359). American Psychological Association. https://doi.org/10.1037/0000120-016'],
    // IEEE Reference Guide, periodicals and conference papers.
    ['ieee', 'a journal article', duncombe, 'J. U. Duncombe, “Infrared navigation—Part I: An assessment of feasibility,” IEEE Trans. Electron Devices, vol. ED-11, no. 1, pp. 34–39, Jan. 1959.'],
    ['ieee', 'a conference paper', payne, 'D. B. Payne and J. R. Stern, “Wavelength-switched passively coupled single-mode optical network,” in Proc. IOOC-ECOC, 1985, pp. 585–590.'],
    // The Chicago Manual of Style author-date examples (18th edition: no chapter pages, no place of publication).
    ['chicago-author-date', 'a journal article', keng, 'Keng, Shao-Hsun, Chun-Hung Lin, and Peter F. Orazem. 2017. “Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality.” Journal of Human Capital 11 (1): 1–34. https://doi.org/10.1086/690235.'],
    ['chicago-author-date', 'a chapter in proceedings', thoreau, 'Thoreau, Henry David. 2016. “Walking.” In The Making of the American Essay, edited by John D’Agata. Graywolf Press.'],
  ])('returns the %s example of %s', (style, _, paper, expected) => {
    expect(cite([paper], style)).toEqual([expected]);
  });

  test('returns each entry as it would be alone, whatever else is in the batch, and no number label', () => {
    const papers = [grady, aron, duncombe, payne, keng, thoreau, { ...grady, slug: 'grady-again', title: 'Another study' }];
    for (const style of ['apa', 'ieee', 'chicago-author-date']) {
      expect(cite(papers, style), style).toEqual(papers.map((p) => cite([p], style)[0]));
    }
    expect(cite(papers, 'ieee').some((c) => c.startsWith('['))).toBe(false);
  });

  test('returns the default style first, and the citations in HTML with the title as the source wrote it', () => {
    const out = formatCitations([cslItemOf({ slug: 'm', title: 'Graph nets for $k$-body problems < 3' }, 'https://example.org/papers/m/')], styles, locales).get('m')!;
    expect(out.map((c) => [c.style, c.label])).toEqual([['apa', 'APA'], ['ieee', 'IEEE'], ['chicago-author-date', 'Chicago']]);
    expect(out[0]!.html).toBe('<i>Graph nets for $k$-body problems &#60; 3</i>. (n.d.). Retrieved https://example.org/papers/m/');
  });

  test('throws naming the style when it has no bibliography', () => {
    const dependent = '<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"><info><title>X</title><id>x</id></info><citation><layout><text variable="title"/></layout></citation></style>';
    expect(() => formatCitations([cslItemOf({ slug: 's', title: 'T' }, 'u')], [{ id: 'x', label: 'X', xml: dependent }], locales)).toThrow(/"x" has no bibliography/);
  });
});

describe('cslItemOf', () => {
  test('returns an arXiv preprint as an article with arXiv as publisher, its number and link', () => {
    expect(cslItemOf({ slug: 'p', title: 'Scaling Laws', authors: ['Jared Kaplan'], date: '2020-01-23', arxiv: '2001.08361' }, 'u')).toEqual({
      id: 'p', type: 'article', title: 'Scaling Laws', author: [{ family: 'Kaplan', given: 'Jared' }], issued: { 'date-parts': [[2020, 1, 23]] },
      publisher: 'arXiv', number: 'arXiv:2001.08361', URL: 'https://arxiv.org/abs/2001.08361',
    });
  });

  test('returns organisations as literal names and the page address only for a paper with no venue', () => {
    const item = cslItemOf({ slug: 'o', title: 'T', authors: ['OpenML Collective'], organizations: ['OpenML Collective'] }, 'https://e.org/papers/o/');
    expect(item).toMatchObject({ type: 'document', author: [{ literal: 'OpenML Collective' }], URL: 'https://e.org/papers/o/' });
    expect(cslItemOf(payne, 'https://e.org/').URL).toBeUndefined();
  });
});

describe('cslName', () => {
  test.each([
    ['Jürgen Müller', { family: 'Müller', given: 'Jürgen' }],
    ['Jan van der Berg', { family: 'Berg', given: 'Jan', 'non-dropping-particle': 'van der' }],
    ['Müller, Jürgen', { family: 'Müller', given: 'Jürgen' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Plato', { literal: 'Plato' }],
  ])('returns %j as %j', (name, parts) => {
    expect(cslName(name)).toEqual(parts);
  });
});

describe('singleEntryStyle', () => {
  test('drops sorting and disambiguation, keeping the layout', () => {
    const xml = '<citation disambiguate-add-year-suffix="true" et-al-min="3"><sort><key macro="author"/></sort><layout/></citation><bibliography subsequent-author-substitute="———"><sort><key variable="title"/></sort><layout/></bibliography>';
    expect(singleEntryStyle(xml)).toBe('<citation et-al-min="3"><layout/></citation><bibliography><layout/></bibliography>');
  });
});

describe('siteStyles', () => {
  test('returns the default style first and a user file in place of the bundled one', () => {
    const user = { name: 'ieee.csl', xml: files[1]!.xml.replace('<title>IEEE', '<title>My IEEE') };
    expect(siteStyles([...files, user], 'chicago-author-date').map((s) => s.id)).toEqual(['chicago-author-date', 'apa', 'ieee']);
    expect(siteStyles([...files, { name: 'mine.csl', xml: '<info><title>Long</title><title-short>Mine</title-short></info>' }], 'apa').at(-1)?.label).toBe('Mine');
  });

  test('throws naming the styles there are when the default names none', () => {
    expect(() => siteStyles(files, 'mla')).toThrow('CITATION_STYLE=mla names no citation style; there are apa, ieee, chicago-author-date');
  });
});
