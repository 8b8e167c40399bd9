import { describe, expect, test } from 'vitest';
import { formatTopicTable, tabulateTopics } from '../../../src/lib/topics/topic-table.ts';

const topics = [
  { slug: 'a', name: 'Gut microbiome', description: '', match: [] },
  { slug: 'b', name: 'Coral reefs', description: '', match: [] },
  { slug: 'c', name: 'Unused', description: '', match: [] },
];
const titles = ['Gut one', 'Gut two', 'Reef one', 'Gut three', 'Gut four'];
const placed = [['a'], ['a'], ['b'], ['a', 'b'], ['a']];

describe('tabulateTopics', () => {
  test('counts papers per topic, largest first, with the first titles as examples, leaving out empty topics', () => {
    expect(tabulateTopics(titles, placed, topics)).toEqual([
      { slug: 'a', name: 'Gut microbiome', count: 4, examples: ['Gut one', 'Gut two', 'Gut three'] },
      { slug: 'b', name: 'Coral reefs', count: 2, examples: ['Reef one', 'Gut three'] },
    ]);
  });

  test('shows an unknown slug by itself', () => {
    expect(tabulateTopics(['x'], [['z']], topics)[0]).toMatchObject({ slug: 'z', name: 'z', count: 1 });
  });
});

describe('formatTopicTable', () => {
  test('returns one line per topic with its examples indented, then a summary', () => {
    const rows = tabulateTopics(titles, placed, topics, 1);
    expect(formatTopicTable(rows, 5)).toBe(['4  Gut microbiome', '     · Gut one', '2  Coral reefs', '     · Reef one', '5 papers, 2 topics'].join('\n'));
  });

  test('clips long titles to the width', () => {
    expect(formatTopicTable([{ slug: 'a', name: 'A', count: 1, examples: ['x'.repeat(20)] }], 1, 10)).toContain(`${'x'.repeat(9)}…`);
  });
});
