import { relatedFinder } from '../related/find-related.ts';
import type { SparseVector } from '../related/term-vectors.ts';

/** The five most related papers of each paper asked for, by the term vectors of related papers. */
export function neighboursOf(vectorsOf: () => readonly SparseVector[]): (papers: readonly number[]) => number[][] {
  let find: ((papers: readonly number[]) => { lists: number[][] }) | undefined;
  const known = new Map<number, number[]>();
  return (papers) => {
    const missing = papers.filter((p) => !known.has(p));
    if (missing.length > 0) {
      find ??= relatedFinder(vectorsOf());
      find(missing).lists.forEach((list, k) => known.set(missing[k]!, list));
    }
    return papers.map((p) => known.get(p)!);
  };
}


/**
 * Papers that share no name with others may still be close to a group: such a
 * paper joins the topic that at least `minVotes` of its five most related
 * papers (`neighbours`: by the same term vectors as related papers) are on,
 * the most common
 * one, earlier topics winning ties. With `fits`, only a topic it says the
 * paper fits (a word of the topic's name in the paper, say) can be joined, so
 * a paper close to a group by accident does not land on a topic that names
 * something it is not about. Changes `placed`.
 */
export function joinNeighbours(neighbours: (papers: readonly number[]) => number[][], placed: string[][], minVotes: number, fits?: (paper: number, topic: string) => boolean): void {
  const lonely = placed.flatMap((a, i) => (a.length === 0 ? [i] : []));
  if (lonely.length === 0 || lonely.length === placed.length) return;
  const related = neighbours(lonely);
  const order = new Map(placed.flat().map((slug, i) => [slug, i]));
  lonely.forEach((paper, k) => {
    const votes = new Map<string, number>();
    for (const other of related[k]!) {
      const topic = placed[other]![0];
      if (topic && (!fits || fits(paper, topic))) votes.set(topic, (votes.get(topic) ?? 0) + 1);
    }
    const [best] = [...votes].filter(([, n]) => n >= minVotes).sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
    if (best) placed[paper] = [best[0]];
  });
}

