import { findRelated, type RelatedOptions } from './find-related.ts';
import { buildTermVectors } from './term-vectors.ts';

/** One paper as related-paper search needs it. */
export interface RelatedInput {
  slug: string;
  title: string;
  /** Abstract paragraphs; empty when the source had none (the title alone is used). */
  abstract: readonly string[];
}

/** Slug → slugs of its related papers, best first; keys sorted so the file it becomes is stable. */
export type RelatedMap = Record<string, string[]>;

/**
 * Computes the related papers of every paper from titles and abstracts (see
 * {@link buildTermVectors} and {@link findRelated}). Papers are taken in slug
 * order, so the result does not depend on the order of the source files.
 */
export function relatePapers(papers: readonly RelatedInput[], options: RelatedOptions = {}): RelatedMap {
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const { vectors } = buildTermVectors(sorted.map((p) => ({ title: p.title, abstract: p.abstract.join(' ') })));
  const related = findRelated(vectors, options);
  const map: RelatedMap = {};
  sorted.forEach((p, i) => {
    map[p.slug] = related[i]!.map((j) => sorted[j]!.slug);
  });
  return map;
}

/**
 * Quality check: the share of papers (with at least one related paper) whose
 * related list holds a paper sharing one of its topics. `topicsOf` gives a
 * paper's topic slugs; `ignore` names topics that do not count (the fallback).
 */
export function topicOverlapShare(related: RelatedMap, topicsOf: (slug: string) => readonly string[], ignore: readonly string[] = []): number {
  let judged = 0;
  let sharing = 0;
  for (const [slug, list] of Object.entries(related)) {
    if (list.length === 0) continue;
    judged++;
    const own = new Set(topicsOf(slug).filter((t) => !ignore.includes(t)));
    if (list.some((other) => topicsOf(other).some((t) => own.has(t)))) sharing++;
  }
  return judged === 0 ? 0 : sharing / judged;
}

/** The data file, next to the generated pages, that holds every paper's related papers. */
export const RELATED_FILE = '_related.json';
