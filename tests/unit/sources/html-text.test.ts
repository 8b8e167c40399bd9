import { describe, expect, test } from 'vitest';
import { cleanMarkedParagraphs as cleanParagraphs } from '../../../src/lib/papers/clean-text.ts';
import { decodeEntities, htmlToParagraphText, inlineHtmlToText } from '../../../src/lib/sources/html-text.ts';

/** Shows the abstract markup characters as readable tags. */
const shown = (text: string) => text.replace(/[\uE010-\uE015]/g, (c) => ['<em>', '</em>', '<strong>', '</strong>', '<li>', '<li#>'][c.charCodeAt(0) - 0xe010]!);

describe('decodeEntities', () => {
  test.each([
    ['&lsquo;quoted&rsquo; by Andr&eacute;', '‘quoted’ by André'],
    ['&#233; &#x2014; &nbsp;', 'é — \u00A0'],
    ['&amp;lt; is decoded once', '&lt; is decoded once'],
    ['R&D and ?a=1&copy=2 and &bogus;', 'R&D and ?a=1&copy=2 and &bogus;'],
  ])('returns %j as %j', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });
});

describe('inlineHtmlToText', () => {
  test('returns a title without emphasis marks, entities decoded', () => {
    expect(inlineHtmlToText('The <i>in vivo</i> role of Ca<sup>2+</sup> in G&ouml;ttingen')).toBe('The in vivo role of Ca²⁺ in Göttingen');
  });

  test('returns tags written as entities as text', () => {
    expect(inlineHtmlToText('&lt;i&gt;not a tag&lt;/i&gt;')).toBe('<i>not a tag</i>');
  });
});

describe('htmlToParagraphText', () => {
  test('returns JATS italic and bold as emphasis', () => {
    expect(shown(htmlToParagraphText('<jats:p>A <jats:italic>de novo</jats:italic> and <b>bold</b> claim</jats:p>')).trim()).toBe('A <em>de novo</em> and <strong>bold</strong> claim');
  });

  test('returns a JATS list as a list paragraph, its items without paragraph breaks', () => {
    const html = '<jats:p>We find:</jats:p><jats:list list-type="order"><jats:list-item><jats:p>one;</jats:p></jats:list-item><jats:list-item><jats:p>two.</jats:p></jats:list-item></jats:list>';
    expect(cleanParagraphs(shown(htmlToParagraphText(html)))).toEqual(['We find:', '<li#> one; <li#> two.']);
  });

  test('returns an HTML bullet list as a list paragraph', () => {
    expect(shown(htmlToParagraphText('<ul><li>a</li><li>b</li></ul>')).trim()).toBe('<li>a <li>b');
  });
});
