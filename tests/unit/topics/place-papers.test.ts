import { describe, expect, test } from 'vitest';
import { placePapers } from '../../../src/lib/topics/place-papers.ts';

const record = (title: string, abstract: string) => ({ title, abstract: [abstract], file: 'f', line: 1 });
const taxonomy = [{ slug: 'icl', name: 'In-context learning', description: '', match: ['in context learning'] }];

describe('placePapers', () => {
  test('keeps taxonomy topics, derives topics for the rest, and leaves only misfits in the fallback', () => {
    const records = [
      record('In-context learning in transformers', 'We study in-context learning.'),
      record('Coral reefs bleach', 'Coral reefs lose algae.'),
      record('Coral reefs recover', 'Coral reefs regrow.'),
      record('Volcanoes', 'Lava flows.'),
    ];
    const placed = placePapers(records, taxonomy);
    expect(placed.topics).toEqual([['icl'], ['coral-reefs'], ['coral-reefs'], ['other']]);
    expect(placed.derived.map((t) => t.name)).toEqual(['Coral reefs']);
    expect(placed.fallback).toBe(1);
  });
});
