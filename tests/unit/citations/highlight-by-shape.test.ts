import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHighlighter } from 'shiki';
import { describe, expect, test } from 'vitest';
import { highlightByShape } from '../../../src/lib/citations/highlight-by-shape.ts';
import { renderBibtex } from '../../../src/lib/citations/render-bibtex.ts';

const shiki = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['bibtex'] });
const highlight = (code: string) => shiki.codeToHtml(code, { lang: 'bibtex', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });

const TITLES = [
  'Plain title',
  '<script>alert("x")</script> & \'quotes\'',
  'Braces {a} \\ back % per $ math ^ ~ _ # --- `` \'\' @misc{x, y = {z}}',
  'PapershelfValuePlaceholderA0 and $& $1 replacement patterns',
  'Ünïcödé 注意力 𝛼 – “quotes”',
];

describe('highlightByShape', () => {
  test.each(TITLES)('returns exactly what Shiki gives for the entry titled %j', (title) => {
    const fast = highlightByShape(highlight);
    for (const entry of [
      renderBibtex({ key: 'key-1', title, url: 'https://example.org/papers/x/', note: 'Listed Mar 14' }),
      renderBibtex({ key: 'paper:3f9a1c2e', title, url: 'https://example.org/p/%C3%A9/', date: '2024-03-14', authors: ['A. B', 'C & D'] }),
    ]) {
      fast(entry);
      expect(fast(entry)).toBe(highlight(entry));
    }
  });

  test('returns exactly what Shiki gives for every title of the hostile fixture', () => {
    const golden = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'listing-with-hostile-titles-and-abstracts', 'expected-papers.json'), 'utf8')) as { pages: { data: { title: string; slug: string } }[] };
    const fast = highlightByShape(highlight);
    for (const { data } of golden.pages) {
      const entry = renderBibtex({ key: data.slug, title: data.title, url: `https://example.org/papers/${encodeURIComponent(data.slug)}/`, note: 'Listed Mar 14' });
      expect(fast(entry), data.slug).toBe(highlight(entry));
    }
  });

  test('tokenises each shape once', () => {
    let calls = 0;
    const fast = highlightByShape((code) => (calls++, highlight(code)));
    for (let i = 0; i < 20; i++) fast(renderBibtex({ key: `k${i}`, title: `Title ${i}`, url: `https://e.org/${i}/` }));
    expect(calls).toBe(1);
  });

  test('highlights other text directly', () => {
    expect(highlightByShape(highlight)('% a comment')).toBe(highlight('% a comment'));
  });
});
