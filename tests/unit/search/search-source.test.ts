import { htmlToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { searchSourcePage, searchSourcePath } from '../../../src/lib/search/search-source.ts';

const paper: PaperData = {
  title: 'A <script>alert(1)</script> & "quoted" title',
  slug: 'a-script-title',
  authors: ['Ada <b>Lovelace</b>', 'Alan Turing'],
  date: '2021-03',
  topics: ['attention'],
  links: { code: ['https://github.com/x/y'], project: [] },
  hasAbstract: true,
  source: { file: 'content/sources/x.txt', line: 3 },
};

interface Node { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] }
const walk = (node: Node, visit: (n: Node) => void) => { visit(node); node.children?.forEach((c) => walk(c, visit)); };
const text = (node: Node): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(text).join(''));

function elements(html: string): Node[] {
  const all: Node[] = [];
  walk(htmlToHast(html) as unknown as Node, (n) => { if (n.type === 'element') all.push(n); });
  return all;
}

describe('searchSourcePath', () => {
  test('mirrors where the paper page is built, slug as it is', () => {
    expect(searchSourcePath('a-b')).toBe('papers/a-b/index.html');
  });
});

describe('searchSourcePage', () => {
  const html = searchSourcePage({ data: paper, abstract: ['First <i>paragraph</i> & more.', 'Second, with $x^2$.'], topicNames: ['Attention & memory'] });
  const all = elements(html);
  const attr = (name: string) => all.filter((n) => n.properties?.[name] !== undefined);

  test('holds no element the data did not ask for: text stays text', () => {
    expect(all.some((n) => n.tagName === 'script' || n.tagName === 'b' || n.tagName === 'i')).toBe(false);
    expect(text(all.find((n) => n.tagName === 'h1')!)).toBe(paper.title);
  });

  test('gives the title and the authors as metadata only, not as body text, so excerpts never repeat them', () => {
    const h1 = all.find((n) => n.tagName === 'h1')!;
    expect(h1.properties).toMatchObject({ dataPagefindMeta: `title:${paper.title}`, dataPagefindIgnore: '' });
    const authors = attr('dataPagefindMeta').find((n) => n.properties!.dataPagefindMeta === 'authors')!;
    expect(text(authors)).toBe('Ada <b>Lovelace</b>, Alan Turing');
    expect(authors.properties!.dataPagefindIgnore).toBe('');
    expect(attr('dataPagefindMeta').some((n) => n.properties!.dataPagefindMeta === 'title_words')).toBe(false);
  });

  test('keeps the title as body text of a paper without abstract, which would otherwise have no text to index', () => {
    const bare = elements(searchSourcePage({ data: { ...paper, hasAbstract: false }, abstract: [], topicNames: [] }));
    const h1 = bare.find((n) => n.tagName === 'h1')!;
    expect(h1.properties).toMatchObject({ dataPagefindMeta: `title:${paper.title}` });
    expect(h1.properties!.dataPagefindIgnore).toBeUndefined();
  });

  test('gives a Chinese or Japanese title once more as text, which the index splits into words', () => {
    const cjk = elements(searchSourcePage({ data: { ...paper, title: '基于元学习的深度哈希检索算法' }, abstract: [], topicNames: [] }));
    expect(cjk.filter((n) => n.properties?.dataPagefindMeta === 'title_words').map(text)).toEqual(['基于元学习的深度哈希检索算法']);
  });

  test('has one paragraph per abstract paragraph, math as TeX', () => {
    const body = all.find((n) => n.properties?.dataPagefindBody !== undefined)!;
    const paragraphs = (body.children ?? []).filter((n) => n.tagName === 'p' && n.properties?.dataPagefindIgnore === undefined);
    expect(paragraphs.map(text)).toEqual(['First <i>paragraph</i> & more.', 'Second, with $x^2$.']);
  });

  test('carries the topic, year and has-code filters and the date sort, topic names outside the indexed text', () => {
    const filters = attr('dataPagefindFilter').map((n) => [n.properties!.dataPagefindFilter, text(n)]);
    expect(filters).toEqual([['topic', 'Attention & memory'], ['year:2021', ''], ['has code:yes', '']]);
    const topic = all.find((n) => n.properties?.dataPagefindFilter === 'topic')!;
    const ignored = all.filter((n) => n.properties?.dataPagefindIgnore !== undefined);
    expect(ignored.some((n) => n.children?.includes(topic))).toBe(true);
    expect(attr('dataPagefindSort').map((n) => n.properties!.dataPagefindSort)).toEqual(['date:2021-03', 'oldest:2021-03']);
  });

  test('leaves out the year filter of an undated paper and sorts it last both ways', () => {
    const undated = elements(searchSourcePage({ data: { ...paper, date: undefined, links: { code: [], project: [] } }, abstract: [], topicNames: [] }));
    expect(undated.filter((n) => n.properties?.dataPagefindFilter !== undefined).map((n) => n.properties!.dataPagefindFilter)).toEqual([]);
    expect(undated.filter((n) => n.properties?.dataPagefindSort !== undefined).map((n) => n.properties!.dataPagefindSort)).toEqual(['date:0000-00-00', 'oldest:9999-99-99']);
  });
});
