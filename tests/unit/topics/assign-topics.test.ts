import { describe, expect, test } from 'vitest';
import { assignTopics, MAX_TOPICS_PER_PAPER } from '../../../src/lib/topics/assign-topics.ts';
import type { Topic } from '../../../src/lib/topics/taxonomy.ts';

const topic = (slug: string, ...match: string[]): Topic => ({ slug, name: slug, description: '', match });
const TOPICS = [
  topic('mim', 'masked image modeling', 'mae'),
  topic('pruning', 'pruning', 'sparse'),
  topic('llm', 'large language model'),
  topic('seg', 'segmentation'),
  topic('det', 'detection'),
  topic('icl', 'in context'),
];

describe('assignTopics', () => {
  test.each([
    ['returns a topic when its phrase is in the title', 'Masked Image Modeling at scale', [], ['mim']],
    ['returns a topic when two of its words are in the abstract', 'A paper', ['We prune. Pruning helps; sparse nets are cheap.'], ['pruning']],
    ['returns no topic when one single word is its only evidence', 'A paper', ['We prune. Pruning helps; pruning is cheap.'], ['other']],
    ['returns a topic when a phrase of two words is twice in the abstract', 'A paper', ['Large language models. A large language model.'], ['llm']],
    ['returns no topic for a generic word in the title', 'Detection of white dwarfs', ['Detection of cool stars.'], ['other']],
    ['returns no topic for one abstract mention when the title does not match', 'A paper', ['Some pruning.'], ['other']],
    ['returns a topic when the last word is plural', 'Large language models', [], ['llm']],
    ['returns a topic when the last word ends in -ing', 'Large language modeling', [], ['llm']],
    ['returns a topic when a single word in the title is plural', 'Segmentations of cells', [], ['seg']],
    ['returns a topic when two of its single words are in the abstract, each plural', 'A paper', ['Sparse nets. Prunings.'], ['pruning']],
    ['returns no topic when the phrase is only part of a word', 'Maestro', [], ['other']],
    ['returns a topic when punctuation and accents differ', 'In-Context Léarning', [], ['icl']],
    ['returns the fallback topic when nothing matches', 'Cooking pasta', ['Boil water.'], ['other']],
    ['returns the fallback topic when the paper is empty', '', [], ['other']],
  ])('%s', (_, title, abstract, expected) => {
    expect(assignTopics(title, abstract, TOPICS)).toEqual(expected);
  });

  test('returns at most three topics, best first, taxonomy order breaking ties, when many match', () => {
    const abstract = ['Large language model, large language models. In context, in context, in context, in context.'];
    expect(assignTopics('Sparse segmentation', abstract, TOPICS)).toEqual(['pruning', 'seg', 'icl']);
    expect(assignTopics('Sparse segmentation', abstract, TOPICS)).toHaveLength(MAX_TOPICS_PER_PAPER);
  });

  test('returns the fallback topic when the taxonomy is empty', () => {
    expect(assignTopics('Masked image modeling', [], [])).toEqual(['other']);
  });
});
