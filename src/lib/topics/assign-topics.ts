import { letterRuns, stripAccents } from '../related/word-split.ts';
import { GENERIC_WORDS } from './generic-words.ts';
import { FALLBACK_TOPIC, type Topic } from './taxonomy.ts';

/** At most this many topics per paper, best first. */
export const MAX_TOPICS_PER_PAPER = 3;
/** A title match counts this much; each abstract match counts one. */
const TITLE_WEIGHT = 3;
/** Minimum score for a topic to be assigned. */
const MIN_SCORE = 2;
/** Endings allowed on the last word of a phrase: plural, -ing, -ed. */
const ENDINGS = ['', 's', 'es', 'ing', 'ed'];

/** Lowercase words of a text, accents and punctuation removed. */
function toWords(text: string): string[] {
  return letterRuns(stripAccents(text).toLowerCase());
}

/** Positions of every word of a text, so each phrase is looked up instead of scanned for. */
function indexWords(words: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((word, i) => {
    const list = index.get(word);
    if (list) list.push(i);
    else index.set(word, [i]);
  });
  return index;
}

/** A taxonomy phrase split into words, with the forms its last word may take (see {@link ENDINGS}). */
interface Phrase {
  words: string[];
  lastForms: string[];
}

/** Counts whole-word occurrences of a phrase; its last word may carry one of {@link ENDINGS}. */
function countPhrase(words: readonly string[], index: Map<string, number[]>, phrase: Phrase): number {
  const last = phrase.words.length - 1;
  let count = 0;
  if (last === 0) {
    for (const form of phrase.lastForms) count += index.get(form)?.length ?? 0;
    return count;
  }
  const starts = index.get(phrase.words[0]!);
  if (!starts) return 0;
  for (const start of starts) {
    let ok = true;
    for (let k = 1; k < last && ok; k++) ok = words[start + k] === phrase.words[k];
    if (ok && phrase.lastForms.includes(words[start + last]!)) count++;
  }
  return count;
}

// Splitting phrases into words is done once per taxonomy (the same array is
// passed for every paper of a build), not once per paper.
const compiled = new WeakMap<readonly Topic[], Phrase[][]>();

function compileTaxonomy(topics: readonly Topic[]): Phrase[][] {
  let phrases = compiled.get(topics);
  if (!phrases) {
    phrases = topics.map((t) =>
      t.match
        .map(toWords)
        .filter((p) => p.length > 0)
        .map((words) => ({ words, lastForms: ENDINGS.map((e) => words.at(-1)! + e) })),
    );
    compiled.set(topics, phrases);
  }
  return phrases;
}

/**
 * Scores each topic against a paper and returns the slugs of the best ones
 * (score of at least two: a title match, or two abstract matches), at most
 * {@link MAX_TOPICS_PER_PAPER}. A topic also needs real evidence: a phrase of
 * two or more words, a specific (not generic) word in the title, or two of its
 * different single words; one generic word such as "detection" is not enough.
 * Papers matching nothing get the fallback topic. Phrases match whole words,
 * case, accents and punctuation ignored.
 */
export function assignTopics(title: string, abstract: readonly string[], topics: readonly Topic[]): string[] {
  const titleWords = toWords(title);
  const abstractWords = toWords(abstract.join(' '));
  const titleIndex = indexWords(titleWords);
  const abstractIndex = indexWords(abstractWords);
  const phrases = compileTaxonomy(topics);
  const scored = topics
    .map((topic, order) => {
      let score = 0;
      let singles = 0;
      let evidence = false;
      for (const phrase of phrases[order] ?? []) {
        const inTitle = Math.min(countPhrase(titleWords, titleIndex, phrase), 1);
        const inAbstract = Math.min(countPhrase(abstractWords, abstractIndex, phrase), 3);
        if (inTitle + inAbstract === 0) continue;
        score += inTitle * TITLE_WEIGHT + inAbstract;
        if (phrase.words.length > 1 || (inTitle > 0 && !GENERIC_WORDS.has(phrase.words[0]!))) evidence = true;
        else singles++;
      }
      // One lone word ("detection", "transformer") is how off-field papers brush a topic.
      return { slug: topic.slug, score, order, evidence: evidence || singles >= 2 };
    })
    .filter((t) => t.evidence && t.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored.slice(0, MAX_TOPICS_PER_PAPER).map((t) => t.slug);
  return best.length > 0 ? best : [FALLBACK_TOPIC.slug];
}
