import type { SourceRecord } from '../sources/source-record.ts';
import { assignTopics } from './assign-topics.ts';
import { dropSmallTopics, splitOversized } from './balance-topics.ts';
import { tokenize } from '../related/tokenize.ts';
import { buildTermVectors, type CorpusVectors } from '../related/term-vectors.ts';
import { deriveTopics, paperWordKeys, type DeriveInput, type DeriveOptions } from './derive-topics.ts';
import { joinNeighbours, neighboursOf } from './join-neighbours.ts';
import { contentWordKeys, extractKeyphrases } from './keyphrases.ts';
import { FALLBACK_TOPIC, type Topic } from './taxonomy.ts';

/** Where every paper goes: taxonomy topics first, derived ones for the rest, the fallback last. */
export interface Placement {
  /** Topic slugs per record, in record order; never empty. */
  topics: string[][];
  /** Topics derived from the papers (those no taxonomy topic matched, and the parts of split topics). */
  derived: Topic[];
  /** Records on at least one taxonomy topic. */
  byTaxonomy: number;
  /** Records on derived topics only. */
  derivedPapers: number;
  /** Records left in the fallback topic. */
  fallback: number;
}

/** Sites with at least this many papers keep every topic under {@link MAX_TOPIC_SHARE} of them. */
export const BALANCE_FROM = 40;
/** Most of a site's papers one topic may hold (from {@link BALANCE_FROM} papers on). */
export const MAX_TOPIC_SHARE = 0.25;
/** Fewest papers on a topic, on sites with at least 20 papers. */
const MIN_TOPIC_SIZE = 2;
/** Most of the papers the fallback topic should hold; beyond it, one related vote is enough to join a topic. */
const MAX_FALLBACK_SHARE = 0.1;

/** A word in more than this share of a site's papers is too common to name a topic alone. */
const MAX_NOUN_SHARE = 0.04;

/**
 * Puts each paper on its taxonomy topics; papers matching none (all of them
 * when there is no taxonomy) are grouped into topics derived from their own
 * categories, keywords and phrases (see {@link deriveTopics}), or join the
 * topic of their most related papers. On sites of {@link BALANCE_FROM} papers
 * or more, a topic holding over a quarter of them is split by its papers'
 * own phrases; topics of one paper are dissolved. Only papers that fit
 * nothing stay in the fallback topic. `corpus` gives the records' term
 * vectors (`buildTermVectors` of their titles, abstracts and categories, in
 * record order) when they are already built.
 */
export function placePapers(records: readonly SourceRecord[], taxonomy: readonly Topic[], options: DeriveOptions = {}, corpus?: CorpusVectors): Placement {
  const n = records.length;
  const inputs: DeriveInput[] = records.map((r) => ({ title: r.title, abstract: r.abstract.join(' '), categories: r.categories, keywords: r.keywords, authors: r.authors }));
  const placed = records.map((r) => assignTopics(r.title, r.abstract, taxonomy).filter((s) => s !== FALLBACK_TOPIC.slug));
  const unmatched = placed.flatMap((t, i) => (t.length === 0 ? [i] : []));
  const taken = new Set([...taxonomy.map((t) => t.slug), FALLBACK_TOPIC.slug]);
  // A derived topic never repeats a taxonomy topic under another slug.
  const reserved = new Set(taxonomy.flatMap((t) => [t.name, ...t.match].flatMap((p) => extractKeyphrases(p).map((k) => k.key))));
  // Diverse libraries need more small topics than focused ones; the sidebar stays readable under 60.
  const maxTopics = Math.min(60, Math.max(24, Math.round(unmatched.length / 4)));
  const derivation = deriveTopics(unmatched.map((i) => inputs[i]!), taken, { exclude: reserved, maxTopics, ...options });
  derivation.topics.forEach((t) => taken.add(t.slug));
  unmatched.forEach((record, k) => (placed[record] = derivation.assignments[k]!));
  // A paper joins its neighbours' topic only if it has a word of the topic's name ("protein" for "Protein sequence").
  const nameWords = new Map([...taxonomy, ...derivation.topics].map((t) => [t.slug, contentWordKeys(t.name)]));
  const fits = (paper: number, topic: string) => {
    const words = paperWordKeys(inputs[paper]!);
    return [...(nameWords.get(topic) ?? [])].some((w) => words.has(w));
  };
  // The term vectors of all papers, built once and only if some paper is lonely (unless given).
  const corpusOf = () => (corpus ??= buildTermVectors(inputs, { phrases: false }));
  const neighbours = neighboursOf(() => corpusOf().vectors);
  joinNeighbours(neighbours, placed, 2, fits);
  // Papers no phrase groups may still share a subject's one-word name ("Influenza", "Methylation").
  const lonely = placed.flatMap((t, i) => (t.length === 0 ? [i] : []));
  const nouns = deriveTopics(lonely.map((i) => inputs[i]!), taken, { exclude: reserved, maxTopics, singleWords: true, minSize: 2, perPaper: 1, isCommon: (word) => (corpusOf().frequencies.get(tokenize(word)[0] ?? word) ?? n) > Math.max(3, n * MAX_NOUN_SHARE) });
  nouns.topics.forEach((t) => (taken.add(t.slug), nameWords.set(t.slug, contentWordKeys(t.name))));
  lonely.forEach((record, k) => (placed[record] = nouns.assignments[k]!));
  if (n >= 20) dropSmallTopics(placed, MIN_TOPIC_SIZE);
  joinNeighbours(neighbours, placed, 2, fits);
  if (placed.filter((t) => t.length === 0).length > n * MAX_FALLBACK_SHARE) joinNeighbours(neighbours, placed, 1, fits);
  // Last, so that no paper joins a topic after it was cut down to size.
  const split = n >= BALANCE_FROM ? splitOversized(placed, inputs, [...taxonomy, ...derivation.topics], Math.floor(n * MAX_TOPIC_SHARE), taken, reserved) : [];
  const taxonomySlugs = new Set(taxonomy.map((t) => t.slug));
  const byTaxonomy = placed.filter((t) => t.some((s) => taxonomySlugs.has(s))).length;
  const fallback = placed.filter((t) => t.length === 0).length;
  // Derived topics nobody ended up on are not worth a page.
  const used = new Set(placed.flat());
  return {
    topics: placed.map((t) => (t.length > 0 ? t : [FALLBACK_TOPIC.slug])),
    derived: [...derivation.topics, ...nouns.topics, ...split].filter((t) => used.has(t.slug)),
    byTaxonomy,
    derivedPapers: n - byTaxonomy - fallback,
    fallback,
  };
}

/** The data file, next to the generated pages, that lists every topic of the site in order: the taxonomy's, the derived ones, the fallback. */
export const TOPICS_FILE = '_topics.json';
