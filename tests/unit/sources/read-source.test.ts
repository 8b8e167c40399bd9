import { describe, expect, test } from 'vitest';
import { detectFormat, readSource } from '../../../src/lib/sources/read-source.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSource', () => {
  test.each(['a.txt', 'a.TXT', 'a.text', 'a.listing'])('returns records when the file %s is a listing', (file) => {
    expect(readSource(file, utf8('Paper A\n\nAbstract.\n')).records.map((r) => r.title)).toEqual(['Paper A']);
  });

  test('returns records without the byte-order mark when the file starts with one', () => {
    expect(readSource('a.txt', utf8('\uFEFFPaper A\n\nAbstract.\n')).records[0]!.title).toBe('Paper A');
  });

  test.each(['a.md', 'a.markdown', 'a.MD'])('returns the papers of a Markdown listing when the file is %s', (file) => {
    const result = readSource(file, utf8('# Reading list\n\n### Paper A\n\n**Authors:** Jane Doe\n\n**Abstract:** Text.\n'));
    expect(result.records.map((r) => [r.title, r.authors, r.abstract, r.line])).toEqual([['Paper A', ['Jane Doe'], ['Text.'], 3]]);
  });

  test('returns the papers of a .txt file that is really Markdown, not its Markdown as text', () => {
    const text = '---\ntitle: notes\n---\n\n# Paper A\n**arXiv**：[2510.08919v1](https://arxiv.org/abs/2510.08919)  \n**作者**：Jane Doe, John Roe\n\n## 摘要\n\n> Text.\n';
    expect(readSource('notes.txt', utf8(text)).records).toEqual([expect.objectContaining({ title: 'Paper A', arxiv: '2510.08919', authors: ['Jane Doe', 'John Roe'], abstract: ['Text.'], line: 5 })]);
  });

  test('returns an error naming the format when the extension is unknown', () => {
    expect(readSource('a.pdf', utf8('x')).diagnostics).toEqual([expect.objectContaining({ severity: 'error', rule: 'source-unknown-format', line: 0 })]);
  });

  test('returns an error with the first bad line when the file is not UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Paper A\n\nAbstract\n'), 0xff, 0xfe]);
    expect(readSource('a.txt', bytes).diagnostics).toEqual([expect.objectContaining({ rule: 'source-encoding', line: 4 })]);
  });

  test('returns an error with the line when the file contains NUL bytes', () => {
    expect(readSource('a.txt', utf8('Paper A\n\nAb\u0000stract\n')).diagnostics).toEqual([expect.objectContaining({ rule: 'source-binary', line: 3 })]);
  });

  test('returns the same lines for a BibTeX file with CRLF line ends', () => {
    expect(readSource('a.bib', utf8('% c\r\n\r\n@misc{a, title={T}, abstract={A.}}\r\n')).records.map((r) => r.line)).toEqual([3]);
  });
});

describe('detectFormat', () => {
  test.each([
    ['a.bib', '@article{a, title={T}}', 'bibtex'],
    ['a.xml', '<?xml version="1.0"?><feed/>', 'atom'],
    ['a.json', '[]', 'json'],
    ['a.jsonl', '{"id": "1"}', 'json'],
    ['a.txt', 'Paper A\n\nAbstract.', 'listing'],
    ['a.txt', '% Zotero\n@article{a, title={T}}', 'bibtex'],
    ['a.txt', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['a.txt', '[{"title": "T", "type": "article"}]', 'json'],
    ['a.txt', '[Re] Reproducing a paper\n\nAbstract.', 'listing'],
    ['a.txt', '{Braces} in a title\n\nAbstract.', 'listing'],
    ['a.md', 'Paper A\n\nAbstract.', 'markdown'],
    ['a.txt', '### Paper A\n\n**Authors:** Jane Doe\n', 'markdown'],
    ['a.txt', '|Publish Date|Title|Authors|\n|---|---|---|\n', 'markdown'],
    ['a.txt', '# Not a heading\n\n[link](http://x) **bold**\n', 'listing'],
    ['a.pdf', 'x', undefined],
  ])('returns the format of %s starting %j as %s', (file, text, format) => {
    expect(detectFormat(file, text)).toBe(format);
  });
});
