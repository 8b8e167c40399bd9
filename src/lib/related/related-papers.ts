import { findRelatedScored, type RelatedOptions } from './find-related.ts';
import { shareEvidence } from './shared-evidence.ts';
import { buildTermVectors, type CorpusVectors, type SparseVector } from './term-vectors.ts';

/** One paper as related-paper search needs it. */
export interface RelatedInput {
  slug: string;
  title: string;
  /** Abstract paragraphs; empty when the source had none (the title alone is used). */
  abstract: readonly string[];
  /** Subject categories the source gives (`hep-ph`, `cs.LG`). */
  categories?: readonly string[] | undefined;
}

/** Slug → slugs of its related papers, best first; keys sorted so the file it becomes is stable. */
export type RelatedMap = Record<string, string[]>;

/** A paper that may be listed as related, and how close it is (cosine plus phrase bonus). */
export interface RelatedCandidate {
  slug: string;
  score: number;
}

/** Slug → its candidates, best first; see {@link relatePapers}. */
export type RelatedCandidates = Record<string, RelatedCandidate[]>;

/** Candidates kept per paper, for {@link pickRelated} to choose from once topics are known. */
export const CANDIDATES_PER_PAPER = 20;
/**
 * Papers rescored exactly per paper (`findRelated`'s `candidates`): fewer than
 * its default, since the phrase and topic evidence reorders the best ones anyway
 * and pays for itself with the time saved.
 */
const RESCORED = 40;
/** Related papers shown per paper. */
export const RELATED_PER_PAPER = 5;
/** Added to a candidate's score per shared phrase share (0 to 1): a shared "masked image" says more than "mask" and "image". */
const PHRASE_WEIGHT = 0.3;
/** Added to a candidate's score when it shares a topic with the paper: the grouping a reader sees. */
const TOPIC_BONUS = 0.25;

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/**
 * Computes every paper's candidate related papers from titles, abstracts and
 * categories (see `buildTermVectors` and `findRelated`), best first. A
 * candidate scores its cosine plus a bonus for the phrases (adjacent word
 * pairs) both papers use; one linked by a single shared word, or by generic
 * words only, is never a candidate. Papers are taken in slug order, so the
 * result does not depend on the order of the source files. `onVectors`
 * receives the term vectors as soon as they are built, in the order the
 * papers were given: topic placement uses the same ones.
 */
export function relatePapers(papers: readonly RelatedInput[], options: RelatedOptions = {}, onVectors?: (corpus: CorpusVectors) => void): RelatedCandidates {
  const order = papers.map((_, i) => i).sort((a, b) => bySlug(papers[a]!, papers[b]!));
  const sorted = order.map((i) => papers[i]!);
  const corpus = buildTermVectors(sorted.map((p) => ({ title: p.title, abstract: p.abstract.join(' '), categories: p.categories })));
  if (onVectors) {
    // A vector depends on its paper and the corpus's counts only, not on the papers' order.
    const vectors: SparseVector[] = new Array(papers.length);
    order.forEach((given, k) => (vectors[given] = corpus.vectors[k]!));
    onVectors({ vectors, frequencies: corpus.frequencies });
  }
  const { lists, scores } = findRelatedScored(corpus.vectors, { count: CANDIDATES_PER_PAPER, candidates: RESCORED, ...options });
  const candidates: RelatedCandidates = {};
  const evidence = shareEvidence(corpus);
  sorted.forEach((p, i) => {
    const scored: (RelatedCandidate & { order: number })[] = [];
    lists[i]!.forEach((j, k) => {
      const e = evidence(i, j);
      if (e.enough) scored.push({ slug: sorted[j]!.slug, score: scores[i]![k]! + PHRASE_WEIGHT * e.phraseShare, order: j });
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    candidates[p.slug] = scored.map(({ slug, score }) => ({ slug, score }));
  });
  return candidates;
}

/**
 * Picks each paper's {@link RELATED_PER_PAPER} related papers from its
 * candidates: those sharing one of its topics (`topicsOf`, fallback topics
 * excluded by the caller) get {@link TOPIC_BONUS}, so a reader finds the
 * paper's neighbours on its topic first; equal scores keep slug order.
 * Deterministic. Keys come out sorted.
 */
export function pickRelated(candidates: RelatedCandidates, topicsOf: (slug: string) => readonly string[], count = RELATED_PER_PAPER): RelatedMap {
  const map: RelatedMap = {};
  for (const slug of Object.keys(candidates).sort()) {
    const own = new Set(topicsOf(slug));
    map[slug] = candidates[slug]!
      .map((c) => ({ slug: c.slug, score: c.score + (topicsOf(c.slug).some((t) => own.has(t)) ? TOPIC_BONUS : 0) }))
      .sort((a, b) => b.score - a.score || bySlug(a, b))
      .slice(0, count)
      .map((c) => c.slug);
  }
  return map;
}

/**
 * Quality check: the share of (paper, related paper) pairs that share a
 * topic, and the share of papers (with at least one related paper) whose
 * list holds one that does. `topicsOf` gives a paper's topic slugs; `ignore`
 * names topics that do not count (the fallback).
 */
export function topicOverlap(related: RelatedMap, topicsOf: (slug: string) => readonly string[], ignore: readonly string[] = []): { pairs: number; lists: number } {
  let judged = 0;
  let sharingLists = 0;
  let pairs = 0;
  let sharingPairs = 0;
  for (const [slug, list] of Object.entries(related)) {
    if (list.length === 0) continue;
    judged++;
    const own = new Set(topicsOf(slug).filter((t) => !ignore.includes(t)));
    const sharing = list.filter((other) => topicsOf(other).some((t) => own.has(t))).length;
    pairs += list.length;
    sharingPairs += sharing;
    if (sharing > 0) sharingLists++;
  }
  return { pairs: pairs === 0 ? 0 : sharingPairs / pairs, lists: judged === 0 ? 0 : sharingLists / judged };
}

/** The share of non-empty lists holding a paper that shares a topic (see {@link topicOverlap}). */
export function topicOverlapShare(related: RelatedMap, topicsOf: (slug: string) => readonly string[], ignore: readonly string[] = []): number {
  return topicOverlap(related, topicsOf, ignore).lists;
}

/** The data file, next to the generated pages, that holds every paper's related papers. */
export const RELATED_FILE = '_related.json';
