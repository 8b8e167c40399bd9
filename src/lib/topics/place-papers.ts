import type { SourceRecord } from '../sources/source-record.ts';
import { findRelated } from '../related/find-related.ts';
import { buildTermVectors } from '../related/term-vectors.ts';
import { assignTopics } from './assign-topics.ts';
import { deriveTopics, type DeriveOptions } from './derive-topics.ts';
import { FALLBACK_TOPIC, type Topic } from './taxonomy.ts';

/** Where every paper goes: taxonomy topics first, derived ones for the rest, the fallback last. */
export interface Placement {
  /** Topic slugs per record, in record order; never empty. */
  topics: string[][];
  /** Topics derived from the papers that no taxonomy topic matched. */
  derived: Topic[];
  /** Records left in the fallback topic. */
  fallback: number;
}

/** Of its related papers, how many must share a derived topic for a paper without one to join it. */
const MIN_VOTES = 2;

/**
 * Papers that share no name with others may still be close to a group: such a
 * paper joins the derived topic that at least {@link MIN_VOTES} of its five
 * most related papers (by the same term vectors as related papers) are on,
 * the most common one, earlier topics winning ties. Changes `assignments`.
 */
function joinNeighbours(inputs: readonly { title: string; abstract: string }[], assignments: string[][]): void {
  const lonely = assignments.flatMap((a, i) => (a.length === 0 ? [i] : []));
  if (lonely.length === 0 || lonely.length === assignments.length) return;
  const { vectors } = buildTermVectors(inputs);
  const related = findRelated(vectors, { only: lonely });
  const order = new Map(assignments.flat().map((slug, i) => [slug, i]));
  lonely.forEach((paper, k) => {
    const votes = new Map<string, number>();
    for (const other of related[k]!) {
      const topic = assignments[other]![0];
      if (topic) votes.set(topic, (votes.get(topic) ?? 0) + 1);
    }
    const [best] = [...votes].filter(([, n]) => n >= MIN_VOTES).sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
    if (best) assignments[paper] = [best[0]];
  });
}

/**
 * Puts each paper on its taxonomy topics; papers matching none (all of them
 * when there is no taxonomy) are grouped into topics derived from their own
 * words and keywords (see {@link deriveTopics}), or join the derived topic
 * of their most related papers; only papers that fit none stay in the
 * fallback topic.
 */
export function placePapers(records: readonly SourceRecord[], taxonomy: readonly Topic[], options: DeriveOptions = {}): Placement {
  const topics = records.map((r) => assignTopics(r.title, r.abstract, taxonomy));
  const unmatched = topics.flatMap((t, i) => (t[0] === FALLBACK_TOPIC.slug ? [i] : []));
  const taken = new Set([...taxonomy.map((t) => t.slug), FALLBACK_TOPIC.slug]);
  const inputs = unmatched.map((i) => ({ title: records[i]!.title, abstract: records[i]!.abstract.join(' '), keywords: [...(records[i]!.categories ?? []), ...(records[i]!.keywords ?? [])] }));
  const { topics: derived, assignments } = deriveTopics(inputs, taken, options);
  joinNeighbours(inputs, assignments);
  unmatched.forEach((record, k) => {
    if (assignments[k]!.length > 0) topics[record] = assignments[k]!;
  });
  const fallback = topics.filter((t) => t[0] === FALLBACK_TOPIC.slug).length;
  // Derived topics nobody ended up on are not worth a page.
  const used = new Set(topics.flat());
  return { topics, derived: derived.filter((t) => used.has(t.slug)), fallback };
}

/** The data file, next to the generated pages, that lists the derived topics for the site. */
export const DERIVED_TOPICS_FILE = '_topics.json';
