import { describe, expect, test } from 'vitest';
import { sidebarTopics } from '../../../src/lib/topics/sidebar-topics.ts';

const topic = (slug: string, size: number) => ({ slug, papers: Array.from({ length: size }) });

describe('sidebarTopics', () => {
  const topics = [topic('a', 1), topic('b', 9), topic('c', 3), topic('d', 9), topic('e', 2)];

  test('returns every topic when they fit', () => {
    expect(sidebarTopics(topics, undefined, 5)).toEqual({ shown: topics, hidden: 0 });
  });

  test('returns the largest topics in the site order, ties broken by that order', () => {
    const { shown, hidden } = sidebarTopics(topics, undefined, 3);
    expect(shown.map((t) => t.slug)).toEqual(['b', 'c', 'd']);
    expect(hidden).toBe(2);
  });

  test('keeps the page’s own topic in place of the smallest one shown', () => {
    expect(sidebarTopics(topics, 'a', 3).shown.map((t) => t.slug)).toEqual(['a', 'b', 'd']);
  });

  test('ignores a current topic the site does not have', () => {
    expect(sidebarTopics(topics, 'zz', 3).shown.map((t) => t.slug)).toEqual(['b', 'c', 'd']);
  });
});
