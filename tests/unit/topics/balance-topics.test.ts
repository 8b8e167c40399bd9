import { describe, expect, test } from 'vitest';
import { dropSmallTopics, splitOversized } from '../../../src/lib/topics/balance-topics.ts';

const paper = (title: string) => ({ title, abstract: `${title}.` });

describe('splitOversized', () => {
  const inputs = [
    ...['bleach', 'recover', 'grow', 'die'].map((w) => paper(`Coral reefs ${w} in warm ocean heat`)),
    ...['mature', 'shift', 'grow', 'fail'].map((w) => paper(`Gut microbiome ${w} in infant diets`)),
    paper('Volcano lava'),
    paper('Lava domes'),
  ];

  test('moves the papers of a topic over the cap to sub-topics named by their own phrases', () => {
    const placed = inputs.map(() => ['biology']);
    const subs = splitOversized(placed, inputs, [{ slug: 'biology', name: 'Biology', description: '', match: [] }], 5, new Set(['biology']));
    expect(subs.map((t) => t.name).sort()).toEqual(['Coral reefs', 'Gut microbiome']);
    expect(placed.slice(0, 4).every((t) => t[0] === subs.find((s) => s.name === 'Coral reefs')!.slug)).toBe(true);
    expect(placed.filter((t) => t[0] === 'biology').length).toBeLessThanOrEqual(5);
  });

  test('leaves topics under the cap alone', () => {
    const placed = inputs.map(() => ['biology']);
    expect(splitOversized(placed, inputs, [], 10, new Set())).toEqual([]);
    expect(placed.every((t) => t[0] === 'biology')).toBe(true);
  });
});

describe('dropSmallTopics', () => {
  test('takes topics of fewer papers than the minimum off their papers', () => {
    const placed = [['a', 'b'], ['a'], ['c']];
    expect([...dropSmallTopics(placed, 2)].sort()).toEqual(['b', 'c']);
    expect(placed).toEqual([['a'], ['a'], []]);
  });
});
