import type { SparseVector } from './term-vectors.ts';
import { topK } from './top-k.ts';

/** Limits of {@link findRelated}; the defaults suit corpora up to tens of thousands of papers. */
export interface RelatedOptions {
  /** Related papers per paper (default 5). */
  count?: number;
  /** Only a paper's heaviest terms look for candidates (default 24). */
  queryTerms?: number;
  /** Only the heaviest papers of each term's posting list are visited (default 400). */
  postingLimit?: number;
  /** Candidates rescored exactly per paper (default 64). */
  candidates?: number;
  /** Only these papers' lists are computed (default: every paper's); the result follows this order. */
  only?: readonly number[];
}

/** A term → papers index in compressed rows: papers of term t are `docs[offsets[t] .. offsets[t+1]]`, heaviest first. */
interface InvertedIndex {
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float32Array;
}

function buildIndex(vectors: readonly SparseVector[], termCount: number, postingLimit: number): InvertedIndex {
  const lists: { doc: number; weight: number }[][] = Array.from({ length: termCount }, () => []);
  vectors.forEach((v, doc) => v.terms.forEach((t, i) => lists[t]!.push({ doc, weight: v.weights[i]! })));
  const offsets = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t]! + Math.min(lists[t]!.length, postingLimit);
  const docs = new Uint32Array(offsets[termCount]!);
  const weights = new Float32Array(offsets[termCount]!);
  lists.forEach((list, t) => {
    // Impact ordering: pruning a list keeps the papers the term matters most to.
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc);
    list.slice(0, postingLimit).forEach((p, i) => {
      docs[offsets[t]! + i] = p.doc;
      weights[offsets[t]! + i] = p.weight;
    });
  });
  return { offsets, docs, weights };
}

/** Exact cosine of two normalised sparse vectors by merging their sorted term ids. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

/**
 * For every paper, the indices of its most similar papers by cosine, best
 * first, papers with nothing in common left out. Candidates come from an
 * inverted index walked only for the paper's heaviest terms and along each
 * term's heaviest postings, then are rescored exactly, so time and memory
 * grow with the number of papers times these limits, never with its square.
 * With `only`, returns the lists of those papers alone, in that order.
 */
export function findRelated(vectors: readonly SparseVector[], options: RelatedOptions = {}): number[][] {
  return findRelatedScored(vectors, options).lists;
}

/** {@link findRelated}, with each related paper's cosine (`scores[i][k]` belongs to `lists[i][k]`). */
export function findRelatedScored(vectors: readonly SparseVector[], options: RelatedOptions = {}): { lists: number[][]; scores: number[][] } {
  return relatedFinder(vectors, options)(options.only ?? vectors.map((_, i) => i));
}

/**
 * The search of {@link findRelatedScored} with its inverted index built once:
 * the function it returns gives the lists (and cosines) of the papers it is
 * asked for, in that order, as often as needed. `options.only` is ignored.
 */
export function relatedFinder(vectors: readonly SparseVector[], options: RelatedOptions = {}): (papers: readonly number[]) => { lists: number[][]; scores: number[][] } {
  const { count = 5, queryTerms = 24, postingLimit = 400, candidates = 64 } = options;
  let termCount = 0;
  for (const v of vectors) termCount = Math.max(termCount, (v.terms.at(-1) ?? -1) + 1);
  const index = buildIndex(vectors, termCount, postingLimit);
  const scores = new Float32Array(vectors.length);
  const touched: number[] = [];
  let longest = 0;
  for (const v of vectors) longest = Math.max(longest, v.terms.length);
  const positions = Uint32Array.from({ length: longest }, (_, i) => i);
  return (papers) => search(papers, vectors, index, scores, touched, positions, queryTerms, candidates, count);
}

/** The loop of {@link relatedFinder}: one call per paper, everything it touches a parameter, which keeps this hot loop fast. */
function search(papers: readonly number[], vectors: readonly SparseVector[], index: InvertedIndex, scores: Float32Array, touched: number[], positions: Uint32Array, queryTerms: number, candidates: number, count: number): { lists: number[][]; scores: number[][] } {
  const cosines: number[][] = [];
  const lists = papers.map((self) => {
    const vector = vectors[self]!;
    const heaviest = topK(positions.subarray(0, vector.terms.length), vector.weights, queryTerms);
    for (const i of heaviest) {
      const t = vector.terms[i]!;
      const w = vector.weights[i]!;
      for (let p = index.offsets[t]!; p < index.offsets[t + 1]!; p++) {
        const doc = index.docs[p]!;
        if (doc === self) continue;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc]! += w * index.weights[p]!;
      }
    }
    const shortlist = topK(touched, scores, candidates);
    for (const d of touched) scores[d] = 0;
    touched.length = 0;
    // Rescore in slug order so equal cosines keep the lower index, as topK promises.
    shortlist.sort((a, b) => a - b);
    const exact = shortlist.map((d) => cosine(vector, vectors[d]!));
    const best = topK(positions.subarray(0, shortlist.length), exact, count).filter((i) => exact[i]! > 0);
    cosines.push(best.map((i) => exact[i]!));
    return best.map((i) => shortlist[i]!);
  });
  return { lists, scores: cosines };
}
