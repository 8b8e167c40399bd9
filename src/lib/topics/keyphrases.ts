import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../related/stop-words.ts';
import { splitKeepingCompounds, stripAccents } from '../related/word-split.ts';
import { GENERIC_WORDS } from './generic-words.ts';

/** A candidate topic name found in a text: `key` compares (stemmed, spelling unified), `surface` reads (as written, lowercase). */
export interface Keyphrase {
  key: string;
  surface: string;
  /** Key of the content word right after the phrase's first occurrence, if any: a phrase nearly always followed by the same word is cut short ("chain monte" of "chain monte carlo"). */
  next?: string;
  /** Key of the content word right before it, likewise ("augmented generation" of "retrieval augmented generation"). */
  prev?: string;
}

/** British and American spellings of the same word share a key ("tumour", "tumor"). */
const SPELLING: [RegExp, string][] = [
  [/our(s?)$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/ll(ing|ed|er)$/, 'l$1'],
  [/^haem/, 'hem'],
  [/^oestr/, 'estr'],
  [/^foet/, 'fet'],
];
// Words that end like a British spelling but are not one.
const SPELLING_KEEP = new Set(['four', 'hour', 'pour', 'tour', 'your', 'flour', 'devour', 'detour', 'contour', 'contours', 'paise', 'noise', 'raise', 'poise', 'wise', 'rise', 'arise', 'exercise', 'precise', 'concise', 'promise', 'expertise', 'premise', 'surprise', 'advise', 'devise', 'revise', 'otherwise', 'likewise', 'clockwise', 'pairwise', 'stepwise', 'noisy', 'well', 'fall', 'call', 'cell', 'cells', 'all', 'small', 'tall', 'wall', 'shell', 'spell', 'spelling', 'swelling', 'dwelling', 'telling', 'selling', 'smelling', 'calling', 'falling', 'filling', 'killing', 'willing', 'drilling', 'pulling', 'rolling', 'polling', 'tunnelling']);

const stems = new Map<string, string>();
/** The comparison key of one word: spelling unified, then Porter-stemmed (cached: the same words recur in every abstract). */
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    let w = word;
    if (!SPELLING_KEEP.has(w) && w.length > 4) for (const [from, to] of SPELLING) w = w.replace(from, to);
    s = /^[a-z]+$/.test(w) ? stemmer(w) : w;
    stems.set(word, s);
  }
  return s;
}

/** The key of a word that may be a hyphenated compound: its parts' keys, so "high-dimensional" and "high dimensional" meet. */
export const wordKey = (word: string) => keyOf(word);
// Stop words inside a compound ("in-context") do not count, so "in-context learning" meets "in context learning".
const keyOf = (word: string) => (word.includes('-') ? word.split('-').filter((p) => p && !STOP_WORDS.has(p)).map(stem).join(' ') || stem(word) : stem(word));

/**
 * A run of three or more person names ("Ana Pérez, Li Wei and Tom Smith"),
 * as a misread listing leaves in an abstract: such runs are skipped, so
 * authors never become topic names.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const NAME_RUN = new RegExp(String.raw`${NAME}(?:\s*(?:,|\band\b)\s*${NAME}){2,}`, 'gu');
// The same pattern for ASCII text, where Unicode's classes mean these ranges and the non-Unicode engine is faster.
const ASCII_NAME = String.raw`[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){1,3}`;
const ASCII_NAME_RUN = new RegExp(String.raw`${ASCII_NAME}(?:\s*(?:,|\band\b)\s*${ASCII_NAME}){2,}`, 'g');
const ASCII = /^[\x00-\x7f]*$/;

/** A word that can be part of a name: three or more letters, not a stop word, not a number. */
function isContent(word: string): boolean {
  if (word.length < 3 || STOP_WORDS.has(word)) return false;
  // Most words start with an ASCII letter: they are neither numbers nor compounds of stop words to check.
  const first = word.charCodeAt(0);
  if (!word.includes('-')) return (first >= 97 && first <= 122) || !/^\p{N}+$/u.test(word);
  if (/^[\p{N}-]+$/u.test(word)) return false;
  return !word.split('-').every((part) => part.length < 2 || STOP_WORDS.has(part));
}

/** A word (or every part of a compound) is generic. */
const isGeneric = (word: string) => word.split('-').every((part) => part.length < 3 || GENERIC_WORDS.has(part));

/** The words of a text, lowercase and as written (accents removed, URLs and name runs dropped); punctuation is a `.` word. */
function splitWords(text: string, withCase = true): { lower: string[]; cased: string[] } {
  const unlinked = text.replace(/\bhttps?:\/\/\S+/gi, ' ');
  const prepared = stripAccents(unlinked.replace(ASCII.test(unlinked) ? ASCII_NAME_RUN : NAME_RUN, ' . '))
    // Punctuation ends a phrase: it becomes a break word that pairs never cross.
    .replace(/[.,;:!?()[\]{}"“”$\\/|=<>+*^_~]+/g, ' . ');
  const split = splitKeepingCompounds;
  const lower = split(prepared.toLowerCase());
  if (!withCase) return { lower, cased: lower };
  const cased = split(prepared);
  return { lower, cased: cased.length === lower.length ? cased : lower };
}

/** How a word reads in a name: acronyms and mixed case as written ("RNA", "LoRA", "mRNA"), other words lowercase. */
function readAs(cased: string, lower: string): string {
  // Nothing upper-case in an ASCII word: it reads lowercase.
  if (cased === lower && ASCII.test(cased)) return lower;
  if (cased.includes('-')) return cased.split('-').map((part, i) => readAs(part, lower.split('-')[i] ?? part.toLowerCase())).join('-');
  const capitals = cased.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && (cased.length <= 6 || capitals < cased.length - 1) ? cased : lower;
}

/** Endings of adjectives, participles and adverbs: such a word alone names no subject ("Genetic", "Evolved", "Rapidly"). */
const NOT_A_NOUN = /(?:al|ic|ed|ly|ive|ous|ful|less|able|ible|ing|ant|ent|ary|ory|ar)$/;

/**
 * The single words of a text that may name a topic alone, each once: five or
 * more letters, not generic (see `GENERIC_WORDS`), and not shaped like an
 * adjective, participle or adverb ("Influenza", "Methylation", "Genetics").
 * For papers that share no phrase with others.
 */
export function extractNouns(text: string): Keyphrase[] {
  const { lower, cased } = splitWords(text);
  const found = new Map<string, Keyphrase>();
  lower.forEach((word, i) => {
    if (word.length < 5 || word.includes('-') || !isContent(word) || isGeneric(word) || NOT_A_NOUN.test(word)) return;
    const key = keyOf(word);
    if (!found.has(key)) found.set(key, { key, surface: readAs(cased[i]!, word) });
  });
  return [...found.values()];
}

/** The keys of the content words of a text, each once: what a phrase's words are compared by. */
export function contentWordKeys(text: string): Set<string> {
  return wordKeysOf(splitWords(text, false).lower);
}

const wordKeysOf = (lower: readonly string[]) => new Set(lower.filter(isContent).map(keyOf));

/** {@link extractKeyphrases} and {@link contentWordKeys} of one text, from one reading of its words. */
export function phrasesAndWordKeys(text: string): { phrases: Keyphrase[]; words: Set<string> } {
  const { lower, cased } = splitWords(text);
  return { phrases: phrasesOf(lower, cased), words: wordKeysOf(lower) };
}

/**
 * The candidate topic names in a text: pairs of adjacent content words
 * ("gene expression", "high-dimensional regression"), each once (a hyphenated
 * compound counts as one word: alone it is mostly an adjective). Content
 * words have three or more letters and are neither stop words nor numbers; a
 * pair needs at least one word that is not generic (see `GENERIC_WORDS`), so
 * "random features" is a candidate and "simple model" is not. A stop word or
 * punctuation between two words breaks the pair; a name never ends in a
 * participle or adverb (`-ed`, `-ly`); runs of person names are skipped.
 * Surfaces keep acronyms as written ("RNA structure"). Single words are no
 * candidates: alone they rarely name a subject.
 */
export function extractKeyphrases(text: string): Keyphrase[] {
  const { lower, cased } = splitWords(text);
  return phrasesOf(lower, cased);
}

function phrasesOf(lower: readonly string[], cased: readonly string[]): Keyphrase[] {
  const found = new Map<string, Keyphrase>();
  let previous: string | undefined;
  lower.forEach((word, i) => {
    if (!isContent(word)) {
      previous = undefined;
      return;
    }
    const surface = readAs(cased[i]!, word);
    // Participles and adverbs ("learned", "widely") qualify a name; they do not end one.
    const canEnd = !word.endsWith('ed') && !word.endsWith('ly');
    // "Mixture of experts", "chain of thought": a pair joined by "of" names one thing.
    const before = lower[i - 2];
    if (previous === undefined && lower[i - 1] === 'of' && before !== undefined && isContent(before) && canEnd && !isGeneric(before) && !isGeneric(word) && !/(?:al|ic|ous|ive)$/.test(word)) {
      const key = `${keyOf(before)} of ${keyOf(word)}`;
      if (!found.has(key)) found.set(key, { key, surface: `${readAs(cased[i - 2]!, before)} of ${surface}` });
    }
    if (previous !== undefined && canEnd && !(isGeneric(previous.toLowerCase()) && isGeneric(word))) {
      const key = `${keyOf(previous.toLowerCase())} ${keyOf(word)}`;
      if (!found.has(key)) {
        // What follows, "of" and its word included: "sparse mixture" is always "sparse mixture of ...".
        const after = lower[i + 1] === 'of' && lower[i + 2] !== undefined && isContent(lower[i + 2]!) ? `of ${keyOf(lower[i + 2]!)}` : lower[i + 1];
        const ahead = lower[i - 2];
        found.set(key, {
          key,
          surface: `${previous} ${surface}`,
          ...(after !== undefined && (after.startsWith('of ') || isContent(after)) ? { next: after.startsWith('of ') ? after : keyOf(after) } : {}),
          ...(ahead !== undefined && isContent(ahead) ? { prev: keyOf(ahead) } : {}),
        });
      }
    }
    previous = surface;
  });
  return [...found.values()];
}
