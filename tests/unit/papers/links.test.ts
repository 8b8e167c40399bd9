import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyLinks, findUrls, isHttpUrl, trimUrl } from '../../../src/lib/papers/links.ts';

describe('trimUrl', () => {
  test.each([
    ['https://a.org/x.', 'https://a.org/x'],
    ['https://a.org/x).', 'https://a.org/x'],
    ['https://a.org/x_(y)', 'https://a.org/x_(y)'],
    ['https://a.org/x_(y)).', 'https://a.org/x_(y)'],
    ['https://a.org/x],', 'https://a.org/x'],
    ['https://a.org/x?!;:', 'https://a.org/x'],
    ['https://a.org/x**', 'https://a.org/x'],
    ['https://a.org/x_', 'https://a.org/x'],
    ['https://a.org/x~~', 'https://a.org/x'],
    ['https://a.org/x&gt;', 'https://a.org/x'],
    ['https://a.org/?a=1&amp;b=2', 'https://a.org/?a=1&amp;b=2'],
    ['https://a.org/x。', 'https://a.org/x'],
    ['https://a.org/x）', 'https://a.org/x'],
    ['https://a.org/a_b~c', 'https://a.org/a_b~c'],
  ])('returns %j as %j', (raw, url) => expect(trimUrl(raw)).toBe(url));
});

describe('findUrls', () => {
  test.each([
    ['See (https://a.org/x).', ['https://a.org/x']],
    ['Code: https://github.com/a/b. Data: http://b.org/d', ['https://github.com/a/b', 'http://b.org/d']],
    ['<https://a.org/x>', ['https://a.org/x']],
    ['&lt;https://a.org/x&gt;', ['https://a.org/x']],
    ['"https://a.org/x"', ['https://a.org/x']],
    ['[link](http://x.org/a)', ['http://x.org/a']],
    ['{https://a.org/x}', ['https://a.org/x']],
    ['**https://a.org/x**', ['https://a.org/x']],
    ['https://a.org/x\u200Bhidden', ['https://a.org/x']],
    ['https://a.org/x\u202Eevil', ['https://a.org/x']],
    ['代码见https://a.org/x。', ['https://a.org/x']],
  ])('returns the URLs in %j without the text around them', (text, urls) => {
    expect(findUrls(text).map((u) => u.url)).toEqual(urls);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://a.org/x',
    'mailto:a@b.org',
    'http://localhost/x',
    'https://',
    'vbscript:msgbox(1)',
  ])('returns nothing when the text %j has no http(s) URL with a host', (text) => {
    expect(findUrls(text)).toEqual([]);
  });

  test('returns positions that point at the URL in the text', () => {
    const text = 'x (https://a.org/y), z';
    for (const { url, start, end } of findUrls(text)) expect(text.slice(start, end)).toBe(url);
  });

  test('returns only http(s) URLs that point where their text says when the text is anything', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'http://', '(', ').', '&gt;', '\u202E', '。')), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        for (const { url, start, end } of findUrls(text)) {
          expect(isHttpUrl(url)).toBe(true);
          expect(url).toMatch(/^https?:\/\//i);
          expect(text.slice(start, end)).toBe(url);
          expect(url).not.toMatch(/[\s<>"'`{}|\\^]|[.,;:!?*_~]$/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isHttpUrl', () => {
  test.each([
    ['https://a.org', true],
    ['http://a.org/x?y#z', true],
    ['javascript://a.org/%0Aalert(1)', false],
    ['https://localhost', false],
    ['not a url', false],
  ])('returns %s for %j', (url, expected) => expect(isHttpUrl(url)).toBe(expected));
});

describe('classifyLinks', () => {
  test('returns code hosts under code and other sites under project, each URL once', () => {
    expect(classifyLinks(['Code: https://github.com/a/b and https://a.org/p.', 'Again https://github.com/a/b.'])).toEqual({
      code: ['https://github.com/a/b'],
      project: ['https://a.org/p'],
    });
  });

  test('returns no links when the abstract has only other schemes', () => {
    expect(classifyLinks(['javascript:alert(1) data:text/html,x'])).toEqual({ code: [], project: [] });
  });
});
