import { describe, expect, test } from 'vitest';
import { abstractToMarkdown, escapeMarkdownText, paragraphToMarkdown } from '../../../src/lib/papers/escape-markdown.ts';
import { findUrls } from '../../../src/lib/papers/links.ts';
import { compileMdx, foldVisible, renderMarkdownHtml, visibleFromHtml, visibleFromMdx } from '../../helpers/render-markdown.ts';

/** Paragraphs that are markup, expressions, JSX or HTML when written unescaped. */
const HOSTILE = [
  'a {x} b {props.y} {/* c */}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<Component prop={1} />',
  '&amp; &lt;script&gt; &#x41; &copy;',
  'import x from "y"',
  'export const a = 1',
  'import{a}from"b"',
  '--- front matter? ---',
  '# heading',
  '- />',
  '1. list',
  '> quote',
  '[link](http://x) **bold** `code` ~~strike~~ _em_',
  'footnote[^1] and [^1]: def',
  '| a | b |',
  '$\\mathcal{O}(n)$ {\\tau} C_{Phi circ Psi} > C_Psi, A*',
  '`quotes\' and "double"',
  'back\\slash \\{ \\\\ 100% @user',
  '<!-- comment -->',
  'javascript:alert(1)',
  'x\\',
  '***',
  '<https://a.org>',
];

describe('escapeMarkdownText', () => {
  test.each([
    ['a*b', 'a\\*b'],
    ['{x}', '\\{x\\}'],
    ['<b>', '\\<b\\>'],
    ['50% off, ok? "yes"; a/b = c@d', '50% off, ok? "yes"; a/b = c@d'],
    ['中文 😀', '中文 😀'],
  ])('returns %j as %j', (text, escaped) => expect(escapeMarkdownText(text)).toBe(escaped));
});

describe('paragraphToMarkdown', () => {
  test.each(HOSTILE)('returns Markdown that shows %j literally when rendered as Markdown and as MDX', async (text) => {
    const body = paragraphToMarkdown(text);
    const html = visibleFromHtml(await renderMarkdownHtml(body));
    expect(foldVisible(html.text)).toBe(foldVisible(text));
    expect(html.tags.filter((t) => t !== 'p' && t !== 'a')).toEqual([]);
    expect(() => compileMdx(body)).not.toThrow();
    const mdx = visibleFromMdx(body);
    expect(foldVisible(mdx.text)).toBe(foldVisible(text));
    expect(mdx.tags.filter((t) => t !== 'p' && t !== 'a')).toEqual([]);
  });

  test.each([
    ['See https://a.org/x_(y)?a=1&amp;b=2.', 'https://a.org/x_(y)?a=1&amp;b=2'],
    ['Code: https://github.com/a/b*c.', 'https://github.com/a/b*c'],
    ['Page https://a.org/é', 'https://a.org/%C3%A9'],
  ])('returns a link that goes where its text says when %j has a URL', async (text, href) => {
    const body = paragraphToMarkdown(text);
    expect(visibleFromHtml(await renderMarkdownHtml(body)).hrefs).toEqual([href]);
    expect(visibleFromMdx(body).hrefs).toEqual([href]);
  });

  test('returns no link when the paragraph has only a javascript: URL', async () => {
    const body = paragraphToMarkdown('click javascript:alert(1) [x](javascript:alert(1))');
    expect(visibleFromHtml(await renderMarkdownHtml(body)).hrefs).toEqual([]);
  });
});

describe('abstractToMarkdown', () => {
  test('returns paragraphs separated by one blank line', () => {
    expect(abstractToMarkdown(['One', 'Two'])).toBe('One\n\nTwo');
  });

  test('returns an empty body when there are no paragraphs', () => {
    expect(abstractToMarkdown([])).toBe('');
  });

  test('returns one <p> per paragraph when rendered', async () => {
    const html = await renderMarkdownHtml(abstractToMarkdown(['# One', '- Two', '{three}']));
    expect(visibleFromHtml(html).tags).toEqual(['p', 'p', 'p']);
  });
});

describe('abstractToMarkdown with abstract markup', () => {
  const em = (t: string) => `\uE010${t}\uE011`;
  const strong = (t: string) => `\uE012${t}\uE013`;

  test.each([
    [[`A ${em('de novo')} claim`], 'A de novo claim', ['p', 'em']],
    [[`Bold ${strong('98')} and ${em(' spaced ')}.`], 'Bold 98 and spaced .', ['p', 'strong', 'em']],
    [[`intra${em('word')}ing`], 'intrawording', ['p', 'em']],
    [[`${em('{x} <b> *y*')} after`], '{x} <b> *y* after', ['p', 'em']],
    [[`${strong(`outer ${em('inner')} still`)}`], 'outer inner still', ['p', 'strong']],
    [[`a${em('(i)')}b`], 'a(i)b', ['p']],
    [[`unclosed \uE010 emphasis`], 'unclosed emphasis', ['p']],
    [['We:', '\uE014one \uE014two', 'after'], 'We:\none two\nafter', ['p', 'ul', 'li', 'li', 'p']],
    [['\uE015first \uE015# second'], 'first # second', ['ol', 'li', 'li']],
    [['lead text \uE014item'], 'lead text\nitem', ['p', 'ul', 'li']],
    [['\uE014a', '\uE014b'], 'a b', ['ul', 'li', 'ul', 'li']],
    [[`\uE014import x from "y" ${em('e')}`], 'import x from "y" e', ['ul', 'li', 'em']],
  ])('returns %j as Markdown that shows %j with only %j', async (paragraphs, text, tags) => {
    const body = abstractToMarkdown(paragraphs);
    const html = visibleFromHtml(await renderMarkdownHtml(body));
    expect(foldVisible(html.text)).toBe(foldVisible(text));
    expect(html.tags).toEqual(tags);
    expect(() => compileMdx(body)).not.toThrow();
    const mdx = visibleFromMdx(body);
    expect(foldVisible(mdx.text)).toBe(foldVisible(text));
    expect(mdx.tags).toEqual(tags);
  });
});

describe('abstractToMarkdown with a URL in marked text', () => {
  test('returns a link that ends where the emphasis or the item ends', async () => {
    const body = abstractToMarkdown(['see \uE010https://x.org/a\uE011 and', '\uE014https://y.org/b \uE014z']);
    expect(visibleFromHtml(await renderMarkdownHtml(body)).hrefs).toEqual(['https://x.org/a', 'https://y.org/b']);
  });

  test('returns the same URLs from findUrls, which gives the front matter its links', () => {
    expect(findUrls('see \uE010https://x.org/a\uE011 and \uE014https://y.org/b \uE014z').map((u) => u.url)).toEqual(['https://x.org/a', 'https://y.org/b']);
  });
});
