import { describe, expect, test } from 'vitest';
import { entryPaper, looksLikeAuthorLine, splitAuthors } from '../../../src/lib/sources/markdown/entry-record.ts';
import { fieldOfLabel, splitPlainLabel } from '../../../src/lib/sources/markdown/field-labels.ts';
import type { InlineLine } from '../../../src/lib/sources/markdown/inline-lines.ts';
import { splitLineField } from '../../../src/lib/sources/markdown/line-field.ts';
import { looksLikeMarkdown } from '../../../src/lib/sources/markdown/looks-like-markdown.ts';
import { sortEntryLinks } from '../../../src/lib/sources/markdown/paper-links.ts';

describe('fieldOfLabel', () => {
  test.each([
    ['Authors', 'authors'], ['Author:', 'authors'], ['作者：', 'authors'], ['ABSTRACT', 'abstract'], ['摘要（原文）', 'abstract'],
    ['Abstract (original)', 'abstract'], ['arXiv', 'arxiv'], ['Project page', 'project'], ['Code', 'code'], ['GitHub', 'code'],
    ['Publish Date', 'date'], ['Links', 'links'], ['Title', 'title'], ['题目', 'title'], ['comments', 'ignored'],
  ])('returns the field of the label %j as %s', (label, key) => expect(fieldOfLabel(label)).toBe(key));

  test.each(['Method', 'We propose', '3 点简述', ''])('returns undefined when %j is not a label', (label) => expect(fieldOfLabel(label)).toBeUndefined());
});

describe('splitPlainLabel', () => {
  test('returns the field and the rest when text starts with a known label', () => {
    expect(splitPlainLabel('Authors: Jane Doe')).toEqual({ key: 'authors', rest: 'Jane Doe' });
    expect(splitPlainLabel('摘要：我们提出')).toEqual({ key: 'abstract', rest: '我们提出' });
  });

  test.each(['Motivation: we study', 'Paper: a study of', 'No label here', 'https://example.org/x'])('returns undefined for %j', (text) => expect(splitPlainLabel(text)).toBeUndefined());
});

describe('splitLineField', () => {
  const strong = (text: string) => ({ text, strong: true });
  test.each<[string, InlineLine, string | undefined, string]>([
    ['**Authors**: X', [strong('Authors'), { text: ': X' }], 'authors', 'X'],
    ['**Authors:** X', [strong('Authors:'), { text: ' X' }], 'authors', 'X'],
    ['**作者**：X', [strong('作者'), { text: '：X' }], 'authors', 'X'],
    ['**Abstract** alone', [strong('Abstract')], 'abstract', ''],
    ['**comments**: X', [strong('comments'), { text: ': X' }], 'ignored', 'X'],
    ['**一句话要点**：X', [strong('一句话要点'), { text: '：X' }], 'unknown', 'X'],
    ['Authors: X', [{ text: 'Authors: X' }], 'authors', 'X'],
    ['**A bold title**', [strong('A bold title')], undefined, ''],
    ['[Code](url)', [{ text: 'Code', url: 'https://x.org' }], undefined, ''],
  ])('returns the field of %s', (_, line, key, rest) => {
    const field = splitLineField(line);
    expect(field?.key).toBe(key);
    if (field) expect(field.rest.map((p) => p.text).join('')).toBe(rest);
  });

  test('returns undefined for a plain label when only emphasised labels count', () => {
    expect(splitLineField([{ text: 'Code: at https://x.org' }], true)).toBeUndefined();
    expect(splitLineField([{ text: 'Code', strong: true }, { text: ': at https://x.org' }], true)?.key).toBe('code');
  });
});

describe('splitAuthors', () => {
  test.each([
    ['A. Vaswani, N. Shazeer and N. Parmar', ['A. Vaswani', 'N. Shazeer', 'N. Parmar']],
    ['Kees Koenders et.al.', ['Kees Koenders']],
    ['Jane Doe; John Roe', ['Jane Doe', 'John Roe']],
    ['张三，李四、王五', ['张三', '李四', '王五']],
    ['Jane Doe1, John Roe*', ['Jane Doe', 'John Roe']],
  ])('returns the names in %j', (text, names) => expect(splitAuthors(text)).toEqual(names));
});

describe('looksLikeAuthorLine', () => {
  test.each(['Chongke Bi, Xiaoxing Liu, Zhilei Liu', 'Ludwig van Beethoven and Clara Schumann', 'Andrii Zahorodnii et.al.', 'Alexander W. Bergman, Petr Kellnhofer, and Gordon Wetzstein.', 'Francesco Pittaluga, Sanjeev J. Koppal'])('returns true for %j', (text) => expect(looksLikeAuthorLine(text)).toBe(true));
  test.each(['We propose a method. It works, mostly.', 'Accepted by ICASSP 2024', 'Chongke Bi', 'Code: github.com/x, y'])('returns false for %j', (text) => expect(looksLikeAuthorLine(text)).toBe(false));
});

describe('sortEntryLinks', () => {
  test('returns the arXiv id and DOI from their links, and code, PDF, slides and project links by field, text or host', () => {
    expect(
      sortEntryLinks([
        { url: 'https://arxiv.org/pdf/2401.12568v2', text: 'PDF', key: 'pdf' },
        { url: 'https://doi.org/10.1109/CVPR.2016.90', text: 'DOI' },
        { url: 'https://example.org/src', text: 'Code' },
        { url: 'https://gitlab.com/a/b', text: 'repo', key: 'links' },
        { url: 'https://openreview.net/pdf?id=x', text: 'PDF', key: 'pdf' },
        { url: 'https://github.com/a/b', text: 'link' },
        { url: 'https://paper.github.io', text: 'site' },
        { url: 'https://a.org/talk-slides', text: 'Slides' },
        { url: './papers/x.html', text: 'Title', key: 'title' },
      ]),
    ).toEqual({
      arxiv: '2401.12568',
      doi: '10.1109/CVPR.2016.90',
      urls: {
        pdf: ['https://openreview.net/pdf?id=x'],
        code: ['https://example.org/src', 'https://gitlab.com/a/b', 'https://github.com/a/b'],
        project: ['https://paper.github.io'],
        slides: ['https://a.org/talk-slides'],
      },
    });
  });

  test('returns nothing when there are no links', () => expect(sortEntryLinks([])).toEqual({}));
});

describe('entryPaper', () => {
  test('returns the title of a Paper field when it has no link, and its link otherwise', () => {
    const fields = (paper: InlineLine) => ({ fields: new Map([['paper' as const, [[paper]]]]), unlabelled: [], listLines: [] });
    expect(entryPaper(undefined, fields([{ text: 'A Study of Things' }])).title).toBe('A Study of Things');
    expect(entryPaper(undefined, fields([{ text: 'pdf', url: 'https://arxiv.org/pdf/2401.12568' }]))).toMatchObject({ title: '', arxiv: '2401.12568' });
  });
});

describe('looksLikeMarkdown', () => {
  test.each([
    ['headings with labelled fields', '# List\n\n### Paper A\n**Authors:** Jane Doe\n'],
    ['labelled fields without headings', '**Title:** Paper A\n**Authors**: Jane Doe\n'],
    ['headings that link to their papers', '### [Paper A](https://arxiv.org/abs/1)\n\n### [Paper B](https://arxiv.org/abs/2)\n'],
    ['a table with a title column', '|Date|Title|Authors|\n|---|---|---|\n|2024|A|B|\n'],
    ['a list of titles linking to their papers', '- [NeRF: Representing Scenes](https://arxiv.org/abs/2003.08934), ECCV 2020\n- [Mip-NeRF: A Multiscale Representation](https://arxiv.org/abs/2103.13415)\n'],
  ])('returns true for %s', (_, text) => expect(looksLikeMarkdown(text)).toBe(true));

  test.each([
    ['a plain listing', 'Paper A\n\nAbstract of A.\n'],
    ['titles that start with # and hold links', '# Not a heading\n\nMarkdown **bold** [link](http://x) `code`\n\n# Not a heading either.\n'],
    ['one bold phrase', 'Paper A\n\nWe call it **Bold**: a method.\n'],
  ])('returns false for %s', (_, text) => expect(looksLikeMarkdown(text)).toBe(false));
});
