import { stemmer } from 'stemmer';
import { GENERIC_WORDS } from '../topics/generic-words.ts';
import type { TermVectors } from './term-vectors.ts';

/** What two papers have in common. */
export interface SharedEvidence {
  /** Shared phrases over the geometric mean of both papers' phrase counts, 0 to 1. */
  phraseShare: number;
  /** True when they share a phrase, or two or more words that are not generic: more than one word links them. */
  enough: boolean;
}

/** Stems of the words that say nothing about a subject: a shared "model" links nothing. */
const GENERIC_STEMS = new Set([...GENERIC_WORDS].map((w) => (/^[a-z]+$/.test(w) ? stemmer(w) : w)));

/** Number of values in both sorted arrays. */
function intersect(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (n++, i++, j++);
    else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/**
 * Returns a function that says what papers `i` and `j` of a corpus share
 * (see {@link SharedEvidence}). Which terms are generic is decided once per
 * corpus, not per pair.
 */
export function shareEvidence(corpus: TermVectors): (i: number, j: number) => SharedEvidence {
  const generic = Uint8Array.from(corpus.vocabulary, (t) => (GENERIC_STEMS.has(t) ? 1 : 0));
  return (i, j) => {
    const a = corpus.vectors[i]!;
    const b = corpus.vectors[j]!;
    const shared = intersect(corpus.phrases[i]!, corpus.phrases[j]!);
    let specific = 0;
    for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length && specific < 2; ) {
      if (a.terms[x] === b.terms[y]) (specific += generic[a.terms[x]!] ? 0 : 1, x++, y++);
      else if (a.terms[x]! < b.terms[y]!) x++;
      else y++;
    }
    const norm = Math.sqrt(corpus.phrases[i]!.length * corpus.phrases[j]!.length) || 1;
    return { phraseShare: shared / norm, enough: shared > 0 || specific >= 2 };
  };
}
