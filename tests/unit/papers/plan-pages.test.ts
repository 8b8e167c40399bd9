import { describe, expect, test } from 'vitest';
import { planPages } from '../../../src/lib/papers/plan-pages.ts';
import { parsePaperPage } from '../../../src/lib/papers/render-page.ts';
import type { SourceRecord } from '../../../src/lib/sources/source-record.ts';

const record = (title: string, abstract: string[], line: number): SourceRecord => ({ title, abstract, file: 'content/sources/x.txt', line, listed: 'Mar 14' });

describe('planPages', () => {
  test('returns one page per record, with distinct file names, when titles repeat', () => {
    const { pages, diagnostics } = planPages([record('Same', ['One.'], 1), record('Same', ['Two.'], 5), record('index', [], 9)], []);
    expect(diagnostics).toEqual([]);
    expect(pages.map((p) => p.fileName)).toHaveLength(3);
    expect(new Set(pages.map((p) => p.fileName)).size).toBe(3);
    expect(pages[2]!.slug).toBe('index-paper');
  });

  test('returns pages whose front matter reads back as the planned data', () => {
    const { pages } = planPages([record('Title: "quoted" {x}', ['See https://github.com/a/b and https://a.org.'], 3)], []);
    const page = pages[0]!;
    expect(parsePaperPage(page.text).data).toEqual(page.data);
    expect(page.data).toMatchObject({ hasAbstract: true, topics: ['other'], links: { code: ['https://github.com/a/b'], project: ['https://a.org'] }, source: { file: 'content/sources/x.txt', line: 3 } });
  });

  test('returns a page with hasAbstract false and an empty body when the record has no abstract', () => {
    const page = planPages([record('Alone', [], 1)], []).pages[0]!;
    expect(page.data.hasAbstract).toBe(false);
    expect(parsePaperPage(page.text).body.trim()).toBe('');
  });

  test('returns the metadata of the record as front matter in a fixed key order, and field links before abstract links', () => {
    const full: SourceRecord = {
      ...record('T', ['Code at https://github.com/a/b and https://a.org/p.'], 2),
      keywords: ['k'],
      categories: ['cs.LG'],
      doi: '10.1000/X',
      arxiv: '2301.01234',
      venue: 'ICML',
      date: '2023-05',
      authors: ['Ana Pérez'],
      urls: { code: ['https://gitlab.com/x/y'], project: ['https://github.com/a/b'] },
    };
    const page = planPages([full], []).pages[0]!;
    expect(page.data).toMatchObject({ authors: ['Ana Pérez'], date: '2023-05', venue: 'ICML', arxiv: '2301.01234', doi: '10.1000/X', categories: ['cs.LG'], keywords: ['k'] });
    expect(page.data.links).toEqual({ code: ['https://gitlab.com/x/y', 'https://github.com/a/b'], project: ['https://a.org/p'] });
    const keys = page.text.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'slug', 'authors', 'date', 'venue', 'citeKey', 'arxiv', 'doi', 'categories', 'keywords', 'topics', 'links', 'listed', 'hasAbstract', 'snippet', 'source']);
    expect(page.data.snippet).toBe('Code at https://github.com/a/b and https://a.org/p.');
  });

  test('returns an error naming the record when a metadata field breaks the schema', () => {
    const { pages, diagnostics } = planPages([{ ...record('T', [], 7), date: '23 May' }], []);
    expect(pages).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 7, severity: 'error', rule: 'paper-invalid' })]);
  });
});
