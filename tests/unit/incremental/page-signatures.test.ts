import { describe, expect, test } from 'vitest';
import { pageSignatures, pagesToRender, type PageSource } from '../../../src/lib/incremental/page-signatures.ts';
import type { PaperData } from '../../../src/lib/paper-schema.ts';

const topics = [
  { slug: 'a', name: 'Topic A', description: '', order: 0 },
  { slug: 'b', name: 'Topic B', description: '', order: 1 },
];

function page(slug: string, line: number, topic = 'a', text = `text of ${slug}`): PageSource {
  const data: PaperData = { title: `Title ${slug}`, slug, topics: [topic], links: { code: [], project: [] }, hasAbstract: true, source: { file: 'x.txt', line } };
  return { slug, text, data };
}

describe('pageSignatures', () => {
  test('returns the same signatures when nothing changed', () => {
    const pages = [page('p1', 1), page('p2', 5), page('p3', 9)];
    expect(pageSignatures(pages, topics)).toEqual(pageSignatures([...pages].reverse(), topics));
  });

  test('changes only the edited page when its text changes', () => {
    const before = pageSignatures([page('p1', 1), page('p2', 5), page('p3', 9)], topics);
    const after = pageSignatures([page('p1', 1), page('p2', 5, 'a', 'edited'), page('p3', 9)], topics);
    expect(after.shared).toBe(before.shared);
    expect(Object.keys(after.pages).filter((s) => after.pages[s] !== before.pages[s])).toEqual(['p2']);
  });

  test('changes the neighbours of a page when its title changes', () => {
    const renamed = page('p2', 5);
    renamed.data = { ...renamed.data, title: 'New title' };
    const before = pageSignatures([page('p1', 1), page('p2', 5), page('p3', 9)], topics);
    const after = pageSignatures([page('p1', 1), renamed, page('p3', 9)], topics);
    expect(Object.keys(after.pages).filter((s) => after.pages[s] !== before.pages[s]).sort()).toEqual(['p1', 'p3']);
  });

  test('changes the shared signature when a topic gains a paper', () => {
    const before = pageSignatures([page('p1', 1), page('p2', 5)], topics);
    const after = pageSignatures([page('p1', 1), page('p2', 5, 'b')], topics);
    expect(after.shared).not.toBe(before.shared);
  });
});

describe('pageSignatures with related papers', () => {
  test('changes a page when its related list changes or a paper on it is renamed', () => {
    const pages = [page('p1', 1), page('p2', 5), page('p3', 9), page('p4', 12, 'b')];
    const before = pageSignatures(pages, topics, { p1: ['p4'], p3: ['p1'] });
    const relisted = pageSignatures(pages, topics, { p1: ['p2'], p3: ['p1'] });
    expect(Object.keys(relisted.pages).filter((s) => relisted.pages[s] !== before.pages[s])).toEqual(['p1']);
    const renamed = page('p4', 12, 'b');
    renamed.data = { ...renamed.data, title: 'New title' };
    const after = pageSignatures([page('p1', 1), page('p2', 5), page('p3', 9), renamed], topics, { p1: ['p4'], p3: ['p1'] });
    expect(Object.keys(after.pages).filter((s) => after.pages[s] !== before.pages[s])).toEqual(['p1']);
  });
});

describe('pagesToRender', () => {
  const current = { shared: 's', pages: { p1: 'x', p2: 'y', p3: 'z' } };

  test('returns all when there is no previous build', () => {
    expect(pagesToRender(undefined, current)).toEqual({ all: true });
  });

  test('returns all when the shared signature changed', () => {
    expect(pagesToRender({ shared: 't', pages: current.pages }, current)).toEqual({ all: true });
  });

  test('returns new and changed pages to render and the rest to reuse', () => {
    expect(pagesToRender({ shared: 's', pages: { p1: 'x', p2: 'old', gone: 'g' } }, current)).toEqual({ all: false, render: ['p2', 'p3'], reuse: ['p1'], reuseLists: false });
  });

  test('reuses the list pages only when the lists are unchanged', () => {
    const previous = { shared: 's', pages: { p1: 'x' }, lists: 'l' };
    expect(pagesToRender(previous, { shared: 's', pages: { p1: 'y' }, lists: 'l' })).toMatchObject({ all: false, render: ['p1'], reuseLists: true });
    expect(pagesToRender(previous, { shared: 's', pages: { p1: 'x' }, lists: 'm' })).toMatchObject({ all: false, reuseLists: false });
  });
});

describe('pageSignatures lists', () => {
  test('change with a title or a paper\'s place, not with an abstract', () => {
    const base = pageSignatures([page('p1', 1), page('p2', 5), page('p3', 9)], topics).lists;
    expect(pageSignatures([page('p1', 1), page('p2', 5, 'a', 'edited'), page('p3', 9)], topics).lists).toBe(base);
    const renamed = { ...page('p2', 5), data: { ...page('p2', 5).data, title: 'Renamed' } };
    expect(pageSignatures([page('p1', 1), renamed, page('p3', 9)], topics).lists).not.toBe(base);
    expect(pageSignatures([page('p1', 1), page('p2', 10), page('p3', 9)], topics).lists).not.toBe(base);
  });

  test.each([
    ['a snippet', { snippet: 'A new opening.' }],
    ['a first code link (the code mark)', { links: { code: ['https://github.com/a/b'], project: [] } }],
    ['a second topic (a chip)', { topics: ['a', 'b'] }],
  ])('change with %s, which every list item shows', (_, change) => {
    const base = pageSignatures([page('p1', 1), page('p2', 5), page('p3', 9)], topics).lists;
    const changed = { ...page('p2', 5), data: { ...page('p2', 5).data, ...change } };
    expect(pageSignatures([page('p1', 1), changed, page('p3', 9)], topics).lists).not.toBe(base);
  });
});
