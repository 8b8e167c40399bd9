import { describe, expect, test } from 'vitest';
import { cleanUrl, lineAt, lineIndex, normalizeArxivId, normalizeDate, normalizeDoi, sortUrls } from '../../../src/lib/sources/fields.ts';
import { arrayItemLines, jsonErrorLine } from '../../../src/lib/sources/json-positions.ts';
import { htmlToParagraphText, inlineHtmlToText } from '../../../src/lib/sources/html-text.ts';

describe('normalizeArxivId', () => {
  test.each([
    ['2301.01234v2', '2301.01234'],
    ['arXiv:2301.01234', '2301.01234'],
    ['http://arxiv.org/abs/2301.01234v3', '2301.01234'],
    ['https://arxiv.org/pdf/0704.0001', '0704.0001'],
    ['hep-th/9901001v1', 'hep-th/9901001'],
    ['math.AG/0309136', 'math.AG/0309136'],
    ['10.48550/arXiv.2106.09685', '2106.09685'],
    ['not an id', undefined],
  ])('returns %j as %j', (value, expected) => {
    expect(normalizeArxivId(value)).toBe(expected);
  });
});

describe('normalizeDoi', () => {
  test.each([
    ['10.1038/NMETH.1234', '10.1038/NMETH.1234'],
    ['https://doi.org/10.1000/xyz.', '10.1000/xyz'],
    ['doi:10.1000/abc', '10.1000/abc'],
    ['nothing', undefined],
  ])('returns %j as %j', (value, expected) => {
    expect(normalizeDoi(value)).toBe(expected);
  });
});

describe('normalizeDate', () => {
  test.each([
    ['2023', '2023'],
    ['2023-05-04', '2023-05-04'],
    ['2024-03-02T12:00:01Z', '2024-03-02'],
    ['2023/5', '2023-05'],
    ['Mon, 2 Apr 2007 19:18:42 GMT', '2007-04-02'],
    ['2023-13-40', '2023'],
    ['someday', undefined],
  ])('returns %j as %j', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});

describe('cleanUrl and sortUrls', () => {
  test.each([
    ['\\url{https://github.com/a/b}', 'https://github.com/a/b'],
    ['<https://a.org/x>', 'https://a.org/x'],
    ['https://a.org/x.', 'https://a.org/x'],
    ['javascript:alert(1)', undefined],
    ['ftp://a.org/x', undefined],
  ])('returns %j as %j', (value, expected) => {
    expect(cleanUrl(value)).toBe(expected);
  });

  test('returns code hosts as code, others as project pages, and nothing when no link is http(s)', () => {
    expect(sortUrls(['https://github.com/a/b', 'https://a.org/', 'https://github.com/a/b'])).toEqual({ code: ['https://github.com/a/b'], project: ['https://a.org/'] });
    expect(sortUrls(['data:text/html,x', undefined])).toBeUndefined();
  });

  test('returns a link whose path ends in .pdf as a PDF, and every link as the kind it is given', () => {
    expect(sortUrls(['https://a.org/paper.PDF', 'https://a.org/'])).toEqual({ pdf: ['https://a.org/paper.PDF'], project: ['https://a.org/'] });
    expect(sortUrls(['https://a.org/talk', 'https://github.com/a/b'], 'slides')).toEqual({ slides: ['https://a.org/talk', 'https://github.com/a/b'] });
  });
});

describe('html text', () => {
  test.each([
    ['<i>in vivo</i> Ca<sup>2+</sup> H<sub>2</sub>O', 'in vivo Ca²⁺ H₂O'],
    ['x<sup>ab</sup>', 'xab'],
    ['<span class="nocase">BERT</span> &amp; co', 'BERT & co'],
    ['a <b>bold</b> x < y <notatag>', 'a bold x < y <notatag>'],
    ['&#233;&#x4E2D;&bogus;', 'é中&bogus;'],
  ])('inlineHtmlToText returns %j as %j', (html, text) => {
    expect(inlineHtmlToText(html)).toBe(text);
  });

  test('htmlToParagraphText returns JATS paragraphs separated by blank lines, emphasis marked', () => {
    expect(htmlToParagraphText('<jats:p>One <jats:italic>a</jats:italic>.</jats:p><jats:p>Two.</jats:p>').trim().split(/\n\n+/)).toEqual(['One \uE010a\uE011.', 'Two.']);
  });
});

describe('positions', () => {
  test('lineAt returns the 1-based line of an index', () => {
    expect([0, 2, 3, 7].map((i) => lineAt('ab\ncd\nef', i))).toEqual([1, 1, 2, 3]);
  });

  test('lineIndex gives lineAt\'s line for every index, whatever the line breaks', () => {
    for (const text of ['ab\ncd\nef', '\n\nx\r\ny\n', 'no break', '', 'end\n']) {
      const lineOf = lineIndex(text);
      for (let i = 0; i <= text.length; i++) expect(lineOf(i), `${JSON.stringify(text)} at ${i}`).toBe(lineAt(text, i));
    }
  });

  test('arrayItemLines returns the line each top-level element starts on', () => {
    expect(arrayItemLines('[12, {"a": [1, 2]},\n  "x]",\n{"b": "}\\""}, 345]')).toEqual([1, 1, 2, 3, 3]);
  });

  test('jsonErrorLine returns the line JSON.parse stopped at', () => {
    const text = '[\n{"a": 1},\n{"b": 2 "c"}\n]';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorLine(text, error)).toBe(3);
  });
});
