import { GENERIC_WORDS, NON_NAMING_MODIFIERS, VERBS } from './generic-words.ts';

/**
 * Nouns that only say what kind of thing follows ("Superior performance",
 * "Functional characteristics"): a name ending in one names no subject.
 */
const FILLER_HEADS = new Set(
  `performance results boost boosts conditions condition evaluation evaluations capabilities capability ability abilities quality
  characteristics factors properties aspects issues challenges insights settings setting technique techniques approach approaches
  method methods framework frameworks strategy strategies solution solutions scenario scenarios gains improvement improvements
  efficiency effectiveness accuracy tasks problems analysis analyses study studies paradigm outcomes findings evidence role roles
  impact level levels type types way ways terms part parts possible technical consensus dependence dependency rate information
  variables regimes participants participant attention behaviors behaviours behavior behaviour functions function
  originating immune wide free dependent related aware driven costs cost requirements requirement responses response body
  future margin modeling modelling answer answers resources resource light interest case cases`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lowercase words of a name, hyphenated compounds split into their parts. */
const wordsOf = (name: string) => name.toLowerCase().split(/[\s-]+/).filter(Boolean);

/**
 * True when a derived name can head a topic a reader understands: two or
 * more words ("Dirac fermions", "Sample complexity"), not all generic, not
 * starting with a grading adjective ("Efficient algorithms"), not ending in a
 * filler noun ("Superior performance"), without verbs or adverbs ("Poorly
 * understood"), and not a person's name (every word one of `personNames`,
 * lowercase parts of the corpus's author names).
 */
export function isReadableName(name: string, personNames: ReadonlySet<string> = new Set()): boolean {
  const words = wordsOf(name);
  if (words.length < 2) return false;
  if (words.every((w) => GENERIC_WORDS.has(w) || w.length < 3)) return false;
  const head = words.at(-1)!;
  // Singular or plural, a filler stays a filler ("regime", "regimes").
  if (NON_NAMING_MODIFIERS.has(words[0]!) || FILLER_HEADS.has(head) || FILLER_HEADS.has(`${head}s`) || FILLER_HEADS.has(head.replace(/e?s$/, ''))) return false;
  // A name ends in a noun: "additive genetic" is cut from "additive genetic variance".
  if (/(?:ic|ical|ous|ive)$/.test(head)) return false;
  // Adverbs ("poorly understood") and verbs ("algorithm exhibits") make a clause, not a name.
  if (words.some((w) => VERBS.has(w) || /ly$/.test(w))) return false;
  return !words.every((w) => personNames.has(w));
}

/**
 * True when a keyword the source gives (a BibTeX keyword, a category name)
 * may name a topic: one word will do here, since people chose it, but not a
 * generic one ("Theory", "Algorithms") nor a person's name.
 */
export function isReadableKeyword(keyword: string, personNames: ReadonlySet<string> = new Set()): boolean {
  const words = wordsOf(keyword);
  if (words.length === 0 || words.every((w) => GENERIC_WORDS.has(w) || w.length < 3)) return false;
  return !words.every((w) => personNames.has(w));
}

/** The lowercase name parts of author strings (`Jürgen Müller` → `jurgen`, `muller`), for {@link isReadableName}. */
export function personNameParts(authors: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const a of authors) for (const p of a.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}]+/u)) if (p.length >= 2) parts.add(p);
  return parts;
}
