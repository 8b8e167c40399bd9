import { slugifyTitle } from '../papers/slug.ts';
import { categoryName } from './category-names.ts';
import { GENERIC_WORDS } from './generic-words.ts';
import { contentWordKeys, extractKeyphrases, extractNouns, phrasesAndWordKeys, wordKey, type Keyphrase } from './keyphrases.ts';
import type { Topic } from './taxonomy.ts';
import { isReadableKeyword, isReadableName, personNameParts } from './topic-names.ts';

/** One paper as topic derivation needs it. */
export interface DeriveInput {
  title: string;
  abstract: string;
  /** Categories the source gives (arXiv codes such as `hep-ph`); shown by their official names. */
  categories?: readonly string[] | undefined;
  /** Free keywords the source gives (BibTeX keywords, ...). */
  keywords?: readonly string[] | undefined;
  /** Author names: a candidate name made only of them is a person, never a topic. */
  authors?: readonly string[] | undefined;
}

/** Limits of {@link deriveTopics}. */
export interface DeriveOptions {
  /** Fewest papers a derived topic holds (default: 2, or 1% of the papers to place if more). */
  minSize?: number;
  /** Most derived topics (default 24). */
  maxTopics?: number;
  /** Most topics per paper (default 2). */
  perPaper?: number;
  /** Most papers a name may cover to be picked (default: a quarter of the papers, when there are 20 or more). */
  maxSize?: number;
  /** Keys (see `extractKeyphrases`) never to pick: a topic being split must not be split by its own name. */
  exclude?: ReadonlySet<string>;
  /** Name topics by single nouns (see `extractNouns`) instead of phrases: for papers no phrase groups. */
  singleWords?: boolean;
  /** True for a word too common on the site to name a topic alone ("found", "evolution"). */
  isCommon?: (word: string) => boolean;
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
  /** Given by the source (category or keyword) rather than found in the text. */
  fromSource: boolean;
  /** Papers per word that follows the phrase there, and per word before it (see `Keyphrase.next`, `Keyphrase.prev`). */
  next?: Map<string, number>;
  prev?: Map<string, number>;
}

/** A phrase followed by the same word in this share of its papers is part of a longer name. */
const CUT_SHORT_SHARE = 0.8;

/** A phrase all of whose words are in more than this share of the papers is the corpus's own field ("language models" on an NLP site). */
const UBIQUITOUS_SHARE = 0.3;

/** The keys of the generic words, to compare with the keys of phrases. */
const GENERIC_KEYS = new Set([...GENERIC_WORDS].map(wordKey));

// A build derives topics from the same papers several times (the unmatched ones, the parts of a
// big topic, the papers left over): what is read from a paper's text is kept per paper object.
const cache = new WeakMap<DeriveInput, { words?: Set<string>; phrases?: Keyphrase[]; title?: Set<string>; nouns?: Keyphrase[]; nounTitle?: Set<string> }>();
const cached = (p: DeriveInput) => cache.get(p) ?? cache.set(p, {}).get(p)!;

/** The keys of a paper's content words (see `contentWordKeys`), read once per paper. */
export function paperWordKeys(p: DeriveInput): Set<string> {
  const c = cached(p);
  return (c.words ??= contentWordKeys(`${p.title}. ${p.abstract}`));
}

/** A paper's phrases (see `extractKeyphrases`) and word keys, read from one split of its text: deriving by phrases needs both. */
function paperPhrasesAndWords(p: DeriveInput): { phrases: Keyphrase[]; words: Set<string> } {
  const c = cached(p);
  if (!c.phrases) {
    const read = phrasesAndWordKeys(`${p.title}. ${p.abstract}`);
    c.phrases = read.phrases;
    c.words ??= read.words;
  }
  return { phrases: c.phrases, words: c.words! };
}

/** Word key → how many of the papers hold it. With `withPhrases`, each paper's phrases are read in the same pass. */
function countWords(papers: readonly DeriveInput[], withPhrases: boolean): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of papers) for (const w of withPhrases ? paperPhrasesAndWords(p).words : paperWordKeys(p)) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

function collectCandidates(papers: readonly DeriveInput[], singleWords: boolean): Map<string, Candidate> {
  const candidates = new Map<string, Candidate>();
  const add = (key: string, surface: string, paper: number, fromSource: boolean, inTitle: boolean, next?: string, prev?: string) => {
    let c = candidates.get(key);
    if (!c) candidates.set(key, (c = { papers: [], inTitle: 0, surface, fromSource }));
    // Papers are added in index order, so a repeat can only be the last one.
    if (c.papers.at(-1) === paper) return;
    c.papers.push(paper);
    if (next !== undefined) (c.next ??= new Map()).set(next, (c.next.get(next) ?? 0) + 1);
    if (prev !== undefined) (c.prev ??= new Map()).set(prev, (c.prev.get(prev) ?? 0) + 1);
    if (inTitle) c.inTitle++;
    if (surface !== c.surface || c.surfaces) {
      c.surfaces ??= new Map([[c.surface, c.papers.length - 1]]);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    }
  };
  papers.forEach((p, i) => {
    // Aliases of one category (math.MP, math-ph) share a name, so they make one topic.
    const given = [...(p.categories ?? []).map(categoryName), ...(p.keywords ?? [])].map((k) => k.trim()).filter(Boolean);
    for (const k of given) add(`keyword:${k.toLowerCase()}`, k, i, true, true);
    const c = cached(p);
    const title = singleWords ? (c.nounTitle ??= new Set(extractNouns(p.title).map((k) => k.key))) : (c.title ??= new Set(extractKeyphrases(p.title).map((k) => k.key)));
    const found = singleWords ? (c.nouns ??= extractNouns(`${p.title}. ${p.abstract}`)) : paperPhrasesAndWords(p).phrases;
    for (const { key, surface, next, prev } of found) add(key, surface, i, false, title.has(key), next, prev);
  });
  return candidates;
}

/** The most common way of writing a candidate, ties to the alphabetically first; capitalised. */
function nameOf(c: Candidate): string {
  const [surface] = c.surfaces ? [...c.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]! : [c.surface];
  return c.fromSource ? surface : surface.charAt(0).toUpperCase() + surface.slice(1);
}

/**
 * Groups papers that match no taxonomy topic by the names they share: source
 * categories (by their official names) and keywords first, then phrases of
 * two or more words (see `extractKeyphrases`) that read as a subject (see
 * `isReadableName`). It repeatedly picks the name that covers the most papers
 * not yet placed (weighted towards source names and names found in titles,
 * and against names many papers share, which say little), until no name
 * covers `minSize` of them; names covering more than `maxSize` papers are
 * never picked. Each paper gets up to `perPaper` of the picked names it
 * contains, the one that placed it first. Slugs avoid those in `taken`.
 * Deterministic for the same input.
 */
export function deriveTopics(papers: readonly DeriveInput[], taken: ReadonlySet<string>, options: DeriveOptions = {}): DerivedTopics {
  const n = papers.length;
  const { minSize = Math.max(2, Math.round(n / 100)), maxTopics = 24, perPaper = 2, exclude } = options;
  // A name most papers share separates nothing (every ML abstract says "language models").
  const maxSize = options.maxSize ?? (n >= 20 ? Math.max(minSize, Math.floor(n / 4)) : n);
  const people = personNameParts(papers.flatMap((p) => p.authors ?? []));
  const df = n >= 40 ? countWords(papers, options.singleWords !== true) : new Map<string, number>();
  // Generic words count as ubiquitous here: "natural language" on an NLP site is "language".
  const ubiquitous = (key: string) => df.size > 0 && key.split(' ').every((w) => GENERIC_KEYS.has(w) || (df.get(w) ?? 0) > n * UBIQUITOUS_SHARE);
  // Most names occur in one paper or two: dropping those now keeps the greedy loop small.
  const candidates = new Map(
    [...collectCandidates(papers, options.singleWords === true)].filter(([key, c]) => {
      if (c.papers.length < minSize || c.papers.length > maxSize || exclude?.has(key)) return false;
      const cutShort = (m: Map<string, number> | undefined) => m !== undefined && Math.max(...m.values()) >= c.papers.length * CUT_SHORT_SHARE;
      if (cutShort(c.next) || cutShort(c.prev)) return false;
      // A lone word names a subject when titles use it: "Influenza" in two titles, not "consequence" in two abstracts.
      if (options.singleWords && (options.isCommon?.(c.surface.toLowerCase()) || c.inTitle < minSize)) return false;
      if (c.fromSource || options.singleWords) return isReadableKeyword(nameOf(c), people) && !ubiquitous(key);
      return isReadableName(nameOf(c), people) && !ubiquitous(key);
    }),
  );
  const placed = new Set<number>();
  const picked: [string, Candidate][] = [];
  while (picked.length < maxTopics) {
    let best: [string, Candidate, number] | undefined;
    for (const [key, c] of candidates) {
      let fresh = 0;
      for (const p of c.papers) if (!placed.has(p)) fresh++;
      if (fresh < minSize) continue;
      const weight = (c.fromSource ? 3 : 2) * (1 + c.inTitle / c.papers.length);
      const score = fresh * weight * Math.log(1 + n / c.papers.length);
      if (!best || score > best[2] || (score === best[2] && key < best[0])) best = [key, c, score];
    }
    if (!best) break;
    picked.push([best[0], best[1]]);
    candidates.delete(best[0]);
    for (const p of best[1].papers) placed.add(p);
  }
  const slugs = new Set(taken);
  const topics: Topic[] = picked.map(([key, c]) => {
    const name = nameOf(c);
    let slug = slugifyTitle(name) || 'topic';
    for (let k = 2; slugs.has(slug); k++) slug = `${slugifyTitle(name) || 'topic'}-${k}`;
    slugs.add(slug);
    const description = `Papers that share ${c.fromSource ? 'the category or keyword' : 'the words'} “${c.fromSource ? name : name.toLowerCase()}”; grouped automatically because no topic in topics.yaml matched them.`;
    return { slug, name, description, match: [c.fromSource ? name : key] };
  });
  const assignments: string[][] = papers.map(() => []);
  // Pick order: the topic that placed a paper comes first on it.
  picked.forEach(([, c], t) => c.papers.forEach((p) => assignments[p]!.length < perPaper && assignments[p]!.push(topics[t]!.slug)));
  return { topics, assignments };
}
