import { describe, expect, test } from 'vitest';
import { pickRelated, relatePapers, topicOverlap, topicOverlapShare } from '../../../src/lib/related/related-papers.ts';
import { buildTermVectors, type CorpusVectors } from '../../../src/lib/related/term-vectors.ts';

const papers = [
  { slug: 'mae', title: 'Masked autoencoders are scalable vision learners', abstract: ['We mask random image patches and reconstruct the missing pixels.'] },
  { slug: 'simmim', title: 'SimMIM: masked image modeling', abstract: ['Masked image modeling predicts raw pixels of masked image patches.'] },
  { slug: 'icl', title: 'Transformers learn in context by gradient descent', abstract: ['In-context learning in transformers implements gradient descent.'] },
  { slug: 'icl-2', title: 'What learning algorithm is in-context learning?', abstract: ['Transformers trained for in-context learning implement gradient descent on linear models.'] },
  { slug: 'no-abstract', title: 'Masked image patches', abstract: [] },
];

const slugs = (list: readonly { slug: string }[] | undefined) => (list ?? []).map((c) => c.slug);

describe('relatePapers', () => {
  test('hands over the term vectors in the order the papers were given, as buildTermVectors makes them', () => {
    const given = [...papers].reverse();
    let handed: CorpusVectors | undefined;
    relatePapers(given, {}, (corpus) => (handed = corpus));
    const built = buildTermVectors(given.map((p) => ({ title: p.title, abstract: p.abstract.join(' ') })));
    expect(handed!.vectors).toEqual(built.vectors);
    expect(handed!.frequencies).toEqual(built.frequencies);
  });

  test('returns scored candidates for every paper, best first, keyed in slug order', () => {
    const related = relatePapers(papers);
    expect(Object.keys(related)).toEqual(['icl', 'icl-2', 'mae', 'no-abstract', 'simmim']);
    expect(slugs(related.mae).slice(0, 2)).toContain('simmim');
    expect(slugs(related.icl)).toEqual(['icl-2']);
    const scores = related.simmim!.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('returns the same lists whatever the order of the papers', () => {
    expect(relatePapers([...papers].reverse())).toEqual(relatePapers(papers));
  });

  test('relates a paper without abstract by its title', () => {
    expect(slugs(relatePapers(papers)['no-abstract'])).toContain('simmim');
  });

  test('never offers a paper linked by one shared word only', () => {
    const corpus = [
      { slug: 'a', title: 'Coral reefs bleach in warm oceans', abstract: ['Coral reefs bleach.'] },
      { slug: 'b', title: 'Coral reefs recover from bleaching', abstract: ['Coral reefs recover.'] },
      { slug: 'c', title: 'Lava flows of oceans', abstract: ['Volcanoes and lava.'] },
      { slug: 'd', title: 'Lava domes', abstract: ['Volcanoes build lava domes.'] },
    ];
    expect(slugs(relatePapers(corpus).a)).toEqual(['b']);
  });

  test('ranks a paper of the same category higher', () => {
    const corpus = [
      { slug: 'a', title: 'Neutrino masses', abstract: ['Neutrino masses and mixing.'], categories: ['hep-ph'] },
      { slug: 'b', title: 'Neutrino masses in cosmology', abstract: ['Neutrino masses from the sky.'], categories: ['astro-ph'] },
      { slug: 'c', title: 'Neutrino masses at colliders', abstract: ['Neutrino masses at the LHC.'], categories: ['hep-ph'] },
    ];
    expect(slugs(relatePapers(corpus).a)[0]).toBe('c');
  });
});

describe('pickRelated', () => {
  const candidates = { a: [{ slug: 'b', score: 0.5 }, { slug: 'c', score: 0.4 }, { slug: 'd', score: 0.1 }], b: [], c: [], d: [] };
  const topics: Record<string, string[]> = { a: ['x'], b: ['y'], c: ['x'], d: [] };

  test('puts candidates on a shared topic first, then by score, at most count', () => {
    expect(pickRelated(candidates, (s) => topics[s] ?? [], 2).a).toEqual(['c', 'b']);
  });

  test('keeps the candidates\' order when no topic is known, with keys sorted', () => {
    const picked = pickRelated(candidates, () => []);
    expect(picked.a).toEqual(['b', 'c', 'd']);
    expect(Object.keys(picked)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('topicOverlapShare', () => {
  const topics: Record<string, string[]> = { a: ['x'], b: ['x', 'y'], c: ['y'], d: ['other'], e: ['other'] };
  const of = (slug: string) => topics[slug] ?? [];

  test('returns the share of non-empty lists holding a paper on a shared topic', () => {
    expect(topicOverlapShare({ a: ['b'], b: ['c'], c: ['a'], d: [] }, of)).toBeCloseTo(2 / 3);
  });

  test('does not count a shared ignored topic', () => {
    expect(topicOverlapShare({ d: ['e'] }, of, ['other'])).toBe(0);
  });

  test('returns the share of pairs sharing a topic too', () => {
    expect(topicOverlap({ a: ['b', 'c'], b: ['c'] }, of)).toEqual({ pairs: 2 / 3, lists: 1 });
  });
});
