import { describe, expect, test } from 'vitest';
import { relatePapers } from '../../../src/lib/related/related-papers.ts';
import type { CorpusVectors } from '../../../src/lib/related/term-vectors.ts';
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
    expect([placed.byTaxonomy, placed.derivedPapers]).toEqual([1, 2]);
  });

  test('does not put an off-field paper on a taxonomy topic for one generic word', () => {
    const tax = [{ slug: 'det', name: 'Segmentation and detection', description: '', match: ['detection', 'object detection'] }];
    const records = [record('A cool white dwarf', 'The detection of a cool white dwarf; its detection needed deep imaging.'), record('White dwarf cooling', 'A white dwarf cools.')];
    expect(placePapers(records, tax).topics).toEqual([['white-dwarf'], ['white-dwarf']]);
  });

  test('names topics of arXiv categories by their official names', () => {
    const records = ['Quarks', 'Gluons', 'Jets'].map((t) => ({ ...record(t, `${t} at colliders.`), categories: ['hep-ph'] }));
    expect(placePapers(records, []).derived.map((t) => t.name)).toEqual(['High Energy Physics - Phenomenology']);
  });

  test('keeps every topic of a site of 40 papers or more under a quarter of them', () => {
    const records = Array.from({ length: 48 }, (_, i) => {
      const subject = ['coral reefs', 'gut microbiome', 'synaptic plasticity', 'drought tolerance'][i % 4]!;
      return record(`Marine biology ${i}: ${subject} in sample ${i}`, `Marine biology of ${subject} in sample ${i}.`);
    });
    const tax = [{ slug: 'marine', name: 'Marine biology', description: '', match: ['marine biology'] }];
    const { topics } = placePapers(records, tax);
    const counts = new Map<string, number>();
    for (const t of topics.flat()) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [slug, count] of counts) expect(count, slug).toBeLessThanOrEqual(12);
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

  test('places the same way with term vectors handed in as with its own', () => {
    const records = [
      record('Coral reefs bleach in heat', 'Coral reefs bleach when the ocean heats.'),
      record('Coral reefs recover from heat', 'Coral reefs recover after ocean heat.'),
      record('Gut microbiome of infants', 'The gut microbiome matures.'),
      record('Gut microbiome and fibre', 'Fibre feeds the gut microbiome.'),
      record('Reef fish', 'Fish on a reef bleach in ocean heat.'),
      record('Infant fibre intake', 'Infants and fibre.'),
    ];
    let handed: CorpusVectors | undefined;
    relatePapers(records.map((r, i) => ({ ...r, slug: `z${5 - i}` })), {}, (corpus) => (handed = corpus));
    const own = placePapers(records, []);
    expect(own.topics.at(-2)).toEqual(['coral-reefs']);
    expect(placePapers(records, [], {}, handed)).toEqual(own);
  });
});
