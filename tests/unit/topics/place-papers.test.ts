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

  test('puts a paper that shares no name with a group on the group its related papers are on', () => {
    const records = [
      record('Coral reefs bleach in heat', 'Coral reefs bleach when the ocean heats.'),
      record('Coral reefs recover from heat', 'Coral reefs recover after ocean heat.'),
      record('Coral reefs and algae', 'Coral reefs host algae in the ocean heat.'),
      record('Gut microbiome of infants', 'The gut microbiome matures.'),
      record('Gut microbiome and fibre', 'Fibre feeds the gut microbiome.'),
      record('Reef fish', 'Fish on a reef bleach in ocean heat.'),
    ];
    expect(placePapers(records, []).topics.at(-1)).toEqual(['coral-reefs']);
  });
});
