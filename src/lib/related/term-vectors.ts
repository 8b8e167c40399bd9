import { tokenize } from './tokenize.ts';

/** What the vectors are built from: one paper's title and abstract, and the categories its source gives. */
export interface RelatedDocument {
  title: string;
  abstract: string;
  /** Subject categories (`hep-ph`): papers filed under the same one are likelier neighbours. */
  categories?: readonly string[] | undefined;
}

/** A sparse, L2-normalised term vector: term ids ascending, one weight each. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/** The vectors of a corpus and the terms their ids stand for. */
export interface TermVectors {
  vectors: SparseVector[];
  /** Term id → term (a stem, or `cat:` and a category), sorted, so ids never depend on the order of the papers. */
  vocabulary: string[];
  /**
   * Per paper, its phrases: hashes of pairs of adjacent kept terms ("mask
   * imag", "imag model"), sorted and unique. Two papers sharing a phrase share
   * more than two words.
   */
  phrases: Uint32Array[];
  /** How many papers hold each term, every term (also those the vectors leave out). */
  frequencies: ReadonlyMap<string, number>;
}

/** What topic placement needs of a corpus's vectors (see `placePapers`). */
export type CorpusVectors = Pick<TermVectors, 'vectors' | 'frequencies'>;

/** A title word says more about a paper than an abstract word: it counts this many times. */
const TITLE_WEIGHT = 2;
/** BM25's term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/**
 * Terms in more than this share of the papers connect almost everything, so
 * they are dropped (when the corpus is big enough for a share to mean anything).
 */
const MAX_DOCUMENT_SHARE = 0.5;
const MIN_DOCUMENTS_FOR_SHARE = 20;

/** A category counts as much as this many title words: the source's own grouping is strong evidence. */
const CATEGORY_WEIGHT = 2;

/** Counts each term of one document, title terms {@link TITLE_WEIGHT} times; keeps the term sequence for phrases. */
function countTerms(doc: RelatedDocument, sequence: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const title = tokenize(doc.title);
  const abstract = tokenize(doc.abstract);
  for (const term of title) counts.set(term, (counts.get(term) ?? 0) + TITLE_WEIGHT);
  for (const term of abstract) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const c of doc.categories ?? []) counts.set(`cat:${c}`, (counts.get(`cat:${c}`) ?? 0) + CATEGORY_WEIGHT);
  // A break between title and abstract, so no phrase spans them.
  for (const t of title) sequence.push(t);
  sequence.push('');
  for (const t of abstract) sequence.push(t);
  return counts;
}

/** Sorted unique hashes of the adjacent pairs of kept terms of a sequence. */
function hashPhrases(sequence: readonly string[], ids: ReadonlyMap<string, number>): Uint32Array {
  const hashes: number[] = [];
  let previous: number | undefined;
  for (const term of sequence) {
    const id = ids.get(term);
    if (id !== undefined && previous !== undefined) hashes.push((Math.imul(previous + 1, 0x9e3779b1) ^ (id + 1)) >>> 0);
    previous = id;
  }
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/**
 * Builds BM25-weighted term vectors (tf saturated with k1 = 1.2, b = 0.75;
 * idf = ln(1 + (N − df + 0.5) / (df + 0.5))), L2-normalised so that a dot
 * product is a cosine. Terms found in a single paper cannot relate two papers
 * and are dropped, as are terms in over half of them. Categories are terms
 * too (`cat:hep-ph`), weighted like two title words. With `phrases: false`
 * the phrase hashes are not computed (`phrases` is empty). Memory is linear
 * in the total number of distinct terms per paper.
 */
export function buildTermVectors(docs: readonly RelatedDocument[], options: { phrases?: boolean } = {}): TermVectors {
  const withPhrases = options.phrases ?? true;
  // One sequence for all when phrases are not wanted: it is never read.
  const discard: string[] = [];
  const sequences: string[][] = docs.map(() => (withPhrases ? [] : discard));
  const counted = docs.map((doc, d) => {
    const counts = countTerms(doc, sequences[d]!);
    discard.length = 0;
    return counts;
  });
  const df = new Map<string, number>();
  for (const counts of counted) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  const maxDf = n >= MIN_DOCUMENTS_FOR_SHARE ? Math.floor(n * MAX_DOCUMENT_SHARE) : n;
  const vocabulary = [...df].filter(([, d]) => d >= 2 && d <= maxDf).map(([t]) => t).sort();
  const ids = new Map(vocabulary.map((t, i) => [t, i]));
  const lengths = counted.map((c) => [...c.values()].reduce((s, v) => s + v, 0));
  const avgLength = lengths.reduce((s, v) => s + v, 0) / Math.max(n, 1) || 1;
  const vectors = counted.map((counts, d) => {
    const entries: [number, number][] = [];
    const norm = K1 * (1 - B + (B * lengths[d]!) / avgLength);
    for (const [term, tf] of counts) {
      const id = ids.get(term);
      if (id === undefined) continue;
      const f = df.get(term)!;
      entries.push([id, ((tf * (K1 + 1)) / (tf + norm)) * Math.log(1 + (n - f + 0.5) / (f + 0.5))]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const length = Math.hypot(...entries.map((e) => e[1])) || 1;
    return { terms: Uint32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1] / length) };
  });
  return { vectors, vocabulary, phrases: withPhrases ? sequences.map((seq) => hashPhrases(seq, ids)) : [], frequencies: df };
}
