import { slugifyTitle } from '../papers/slug.ts';
import { extractKeyphrases } from './keyphrases.ts';
import type { Topic } from './taxonomy.ts';

/** One paper as topic derivation needs it. */
export interface DeriveInput {
  title: string;
  abstract: string;
  /** Categories or keywords the source gives (arXiv categories, BibTeX keywords, ...). */
  keywords?: readonly string[] | undefined;
}

/** Limits of {@link deriveTopics}. */
export interface DeriveOptions {
  /** Fewest papers a derived topic holds (default: 2, or 1% of the papers to place if more). */
  minSize?: number;
  /** Most derived topics (default 24). */
  maxTopics?: number;
  /** Most topics per paper (default 2). */
  perPaper?: number;
}

/** Derived topics and, for each paper given, its topic slugs (empty when none fits). */
export interface DerivedTopics {
  topics: Topic[];
  assignments: string[][];
}

/** What a candidate name stands for: the papers that have it and how they write it. */
interface Candidate {
  /** Indices of the papers, ascending. */
  papers: number[];
  /** Papers whose title has it: a name in titles is what papers are about, not just mention. */
  inTitle: number;
  /** How it is written: the first form seen, and counts once a second form turns up (rare, so made lazily). */
  surface: string;
  surfaces?: Map<string, number>;
  fromKeywords: boolean;
}

function collectCandidates(papers: readonly DeriveInput[]): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const add = (key: string, surface: string, paper: number, fromKeywords: boolean, inTitle: boolean) => {
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { papers: [], inTitle: 0, surface, fromKeywords }));
    // Papers are added in index order, so a repeat can only be the last one.
    if (c.papers.at(-1) === paper) return;
    c.papers.push(paper);
    if (inTitle) c.inTitle++;
    if (surface !== c.surface || c.surfaces) {
      c.surfaces ??= new Map([[c.surface, c.papers.length - 1]]);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    }
  };
  papers.forEach((p, i) => {
    for (const k of p.keywords ?? []) if (k.trim()) add(`keyword:${k.trim().toLowerCase()}`, k.trim(), i, true, true);
    const title = new Set(extractKeyphrases(p.title).map((k) => k.key));
    for (const { key, surface } of extractKeyphrases(`${p.title}. ${p.abstract}`)) add(key, surface, i, false, title.has(key));
  });
  return candidates;
}

/** The most common way of writing a candidate, ties to the alphabetically first; capitalised. */
function nameOf(c: Candidate): string {
  const [surface] = c.surfaces ? [...c.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]! : [c.surface];
  return c.fromKeywords ? surface : surface.charAt(0).toUpperCase() + surface.slice(1);
}

/**
 * Groups papers that match no taxonomy topic by the names they share: source
 * keywords first, then two-word phrases, then single words. It repeatedly
 * picks the name that covers the most papers not yet placed (weighted towards
 * keywords and phrases, which read better, and against names that most papers
 * share, which say little), until no name covers `minSize` of them. Each paper
 * gets up to `perPaper` of the picked names it contains, the one that placed
 * it first. Slugs avoid those in `taken`. Deterministic for the same input.
 */
export function deriveTopics(papers: readonly DeriveInput[], taken: ReadonlySet<string>, options: DeriveOptions = {}): DerivedTopics {
  const { minSize = Math.max(2, Math.round(papers.length / 100)), maxTopics = 24, perPaper = 2 } = options;
  // Most names occur in one paper or two: dropping those now keeps the greedy loop small.
  const candidates = new Map([...collectCandidates(papers)].filter(([, c]) => c.papers.length >= minSize));
  // A name most papers share separates nothing (every ML abstract says "mask" or "model").
  const tooCommon = papers.length >= 20 ? Math.max(minSize, Math.floor(papers.length / 4)) : papers.length;
  const placed = new Set<number>();
  const picked: [string, Candidate][] = [];
  while (picked.length < maxTopics) {
    let best: [string, Candidate, number] | undefined;
    for (const [key, c] of candidates) {
      if (c.papers.length > tooCommon) continue;
      let fresh = 0;
      for (const p of c.papers) if (!placed.has(p)) fresh++;
      if (fresh < minSize) continue;
      const weight = (c.fromKeywords ? 3 : key.includes(' ') ? 2 : 1) * (1 + c.inTitle / c.papers.length);
      const score = fresh * weight * Math.log(1 + papers.length / c.papers.length);
      if (!best || score > best[2] || (score === best[2] && key < best[0])) best = [key, c, score];
    }
    if (!best) break;
    picked.push([best[0], best[1]]);
    for (const p of best[1].papers) placed.add(p);
  }
  const slugs = new Set(taken);
  const topics: Topic[] = picked.map(([key, c]) => {
    const name = nameOf(c);
    let slug = slugifyTitle(name) || 'topic';
    for (let n = 2; slugs.has(slug); n++) slug = `${slugifyTitle(name) || 'topic'}-${n}`;
    slugs.add(slug);
    const description = `Papers that share ${c.fromKeywords ? 'the keyword' : 'the words'} “${name.toLowerCase()}”; grouped automatically because no topic in topics.yaml matched them.`;
    return { slug, name, description, match: [c.fromKeywords ? name : key] };
  });
  const assignments: string[][] = papers.map(() => []);
  // Pick order: the topic that placed a paper comes first on it.
  picked.forEach(([, c], t) => c.papers.forEach((p) => assignments[p]!.length < perPaper && assignments[p]!.push(topics[t]!.slug)));
  return { topics, assignments };
}
