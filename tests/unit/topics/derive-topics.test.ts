import { describe, expect, test } from 'vitest';
import { deriveTopics } from '../../../src/lib/topics/derive-topics.ts';

const paper = (title: string, abstract = '', keywords?: string[]) => ({ title, abstract, ...(keywords ? { keywords } : {}) });

const papers = [
  paper('Coral reefs bleach in heatwaves', 'Coral reefs lose algae.'),
  paper('Coral reefs recover slowly', 'Diverse coral reefs recover.'),
  paper('Gut microbiome of infants', 'The gut microbiome matures.'),
  paper('Fibre feeds the gut microbiome', 'Diet shapes bacteria.'),
  paper('A lonely paper about volcanoes', 'Lava flows.'),
];

describe('deriveTopics', () => {
  test('returns topics named after the phrases papers share, capitalised, with slugs', () => {
    const { topics, assignments } = deriveTopics(papers, new Set());
    expect(topics.map((t) => [t.name, t.slug])).toEqual([['Coral reefs', 'coral-reefs'], ['Gut microbiome', 'gut-microbiome']]);
    expect(assignments).toEqual([['coral-reefs'], ['coral-reefs'], ['gut-microbiome'], ['gut-microbiome'], []]);
  });

  test('returns slugs that avoid the taken ones', () => {
    expect(deriveTopics(papers, new Set(['coral-reefs'])).topics[0]!.slug).toBe('coral-reefs-2');
  });

  test('prefers the keywords a source gives, named as written', () => {
    const tagged = papers.map((p, i) => ({ ...p, keywords: i < 4 ? ['Q-bio.PE'] : [] }));
    const { topics, assignments } = deriveTopics(tagged, new Set(), { minSize: 2 });
    expect(topics[0]!.name).toBe('Q-bio.PE');
    expect(assignments.slice(0, 4).every((a) => a[0] === topics[0]!.slug)).toBe(true);
  });

  test('returns nothing when no name is shared by enough papers', () => {
    expect(deriveTopics(papers, new Set(), { minSize: 3 }).topics).toEqual([]);
  });

  test('returns the same topics whatever the run', () => {
    expect(deriveTopics(papers, new Set())).toEqual(deriveTopics(papers, new Set()));
  });
});
