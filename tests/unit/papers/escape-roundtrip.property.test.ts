import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanMarkedParagraphs, cleanParagraphs } from '../../../src/lib/papers/clean-text.ts';
import { abstractToMarkdown } from '../../../src/lib/papers/escape-markdown.ts';
import { findUrls } from '../../../src/lib/papers/links.ts';
import { compileMdx, foldVisible, renderMarkdownHtml, visibleFromHtml, visibleFromMdx } from '../../helpers/render-markdown.ts';

/** Pieces that mean something to Markdown, MDX, HTML or YAML, to be mixed with ordinary text. */
const METACHARACTERS = [
  '{', '}', '<', '>', '/>', '</', '<script>', '<img src=x onerror=alert(1)>', '<Foo bar={1} />', '&', '&amp;', '&lt;', '&#x41;', '&copy;',
  '*', '**', '_', '__', '`', '```', '~', '~~', '[', ']', '](', '[^1]', '[^1]: ', '(', ')', '!', '![', '#', '## ', '- ', '+ ', '1. ', '1) ',
  '> ', '|', ' | ', '---', '===', '***', '\\', '\\\\', '$', '$$', '^', '%', '@', ':', '"', "'", '=', '?', ';',
  'import ', 'export ', 'import{', 'export default ', '<!--', '-->', '<?', '<![CDATA[', 'javascript:', 'www.example.org', 'a@b.org',
  'http://', 'https://a.org/x_(y)', 'https://a.org/?a=1&amp;b=2', 'https://github.com/a/b.', '(https://a.org/p).',
  '\n', '\n\n', '\r\n', '\r', '\t', '    ', '\u2028', '\u0085', '\u00A0', '\u200B', '\u202E', '\uFEFF', '\u0000', '\u001B', '\u007F',
  'é', 'e\u0301', '😀', '👩‍🔬', '中文', 'عربي', 'עברית',
];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...METACHARACTERS), fc.string({ maxLength: 6 })), { maxLength: 20 }).map((parts) => parts.join(''));
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

/** Makes two hrefs comparable: the renderer percent-encodes what a URL leaves raw. */
function comparableHref(url: string): string {
  return url
    .replace(/%(?![0-9a-f]{2})/gi, '%25')
    .replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase())
    .replace(/[^A-Za-z0-9!#$&'()*+,\-./:;=?@_~%]/gu, (c) => encodeURIComponent(c));
}

describe('abstractToMarkdown', () => {
  test('returns a body whose rendered Markdown shows the cleaned abstract, links included, when the abstract is anything', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const paragraphs = cleanParagraphs(text);
        const body = abstractToMarkdown(paragraphs);
        const visible = visibleFromHtml(await renderMarkdownHtml(body));
        expect(foldVisible(visible.text)).toBe(foldVisible(paragraphs.join(' ')));
        expect(visible.tags.filter((t) => t !== 'p' && t !== 'a')).toEqual([]);
        expect(visible.tags.filter((t) => t === 'p')).toHaveLength(paragraphs.length);
        const urls = paragraphs.flatMap(findUrls).map((u) => comparableHref(u.url));
        expect(visible.hrefs.map(comparableHref)).toEqual(urls);
      }),
      { numRuns: 600 },
    );
  });

  test('returns a body that compiles as MDX and shows the same text when the abstract is anything', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraphs = cleanParagraphs(text);
        const body = abstractToMarkdown(paragraphs);
        expect(() => compileMdx(body)).not.toThrow();
        const visible = visibleFromMdx(body);
        expect(foldVisible(visible.text)).toBe(foldVisible(paragraphs.join(' ')));
        // GFM (on for MDX) may link bare www. and e-mail addresses; nothing else may appear.
        expect(visible.tags.filter((t) => t !== 'p' && t !== 'a')).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
});

describe('abstractToMarkdown with abstract markup', () => {
  const MARKS = ['\uE010', '\uE011', '\uE012', '\uE013', '\uE014', '\uE015'];
  const markedText = fc.array(fc.oneof(fc.constantFrom(...METACHARACTERS, ...MARKS, ...MARKS), fc.string({ maxLength: 6 })), { maxLength: 24 }).map((parts) => parts.join(''));
  /** What a reader sees of a marked paragraph: its words, marks removed. */
  const words = (paragraph: string) => paragraph.replace(/[\uE010-\uE015]/g, ' ');

  test('returns a body that shows the words and only emphasis, lists, paragraphs and links, when marked text is anything', async () => {
    await fc.assert(
      fc.asyncProperty(markedText, async (text) => {
        const paragraphs = cleanMarkedParagraphs(text);
        const body = abstractToMarkdown(paragraphs);
        for (const visible of [visibleFromHtml(await renderMarkdownHtml(body)), visibleFromMdx(body)]) {
          expect(foldVisible(visible.text).replace(/\s+/g, '')).toBe(foldVisible(paragraphs.map(words).join(' ')).replace(/\s+/g, ''));
          expect(visible.tags.filter((t) => !['p', 'a', 'em', 'strong', 'ul', 'ol', 'li'].includes(t))).toEqual([]);
        }
        expect(() => compileMdx(body)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
