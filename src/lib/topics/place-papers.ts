import type { SourceRecord } from '../sources/source-record.ts';
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

/**
 * Puts each paper on its taxonomy topics; papers matching none (all of them
 * when there is no taxonomy) are grouped into topics derived from their own
 * words and keywords (see {@link deriveTopics}); only papers that fit no
 * derived topic either stay in the fallback topic.
 */
export function placePapers(records: readonly SourceRecord[], taxonomy: readonly Topic[], options: DeriveOptions = {}): Placement {
  const topics = records.map((r) => assignTopics(r.title, r.abstract, taxonomy));
  const unmatched = topics.flatMap((t, i) => (t[0] === FALLBACK_TOPIC.slug ? [i] : []));
  const taken = new Set([...taxonomy.map((t) => t.slug), FALLBACK_TOPIC.slug]);
  const inputs = unmatched.map((i) => ({ title: records[i]!.title, abstract: records[i]!.abstract.join(' '), keywords: [...(records[i]!.categories ?? []), ...(records[i]!.keywords ?? [])] }));
  const { topics: derived, assignments } = deriveTopics(inputs, taken, options);
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
