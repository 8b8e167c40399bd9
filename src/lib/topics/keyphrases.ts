import { stemmer } from 'stemmer';
import { STOP_WORDS } from '../related/stop-words.ts';

/**
 * Words too general to name a group of papers, in any field: they pass the
 * related-papers stop list (where they still help a little) but make useless
 * topic names ("Study", "Data").
 */
const VAGUE = new Set(
  `study studies data analysis analyses finding findings suggest suggests reveal reveals revealed report reports reported
  identify identified including across level levels role roles effect effects increase increased decrease decreased
  associated high higher low lower large small important key common general novel task tasks problem problems
  framework frameworks model models learning network networks training set sets number case cases time times
  evidence understanding process processes function functions type types form forms provide provides provided
  year years total whole single multiple many various potential specific previous current future allow allows
  allowing enable enables enabling require requires requiring lead leads leading make makes making remain remains
  degree structure structures way ways part parts kind kinds amount amounts`
    .split(/\s+/)
    .filter(Boolean),
);

/** A candidate topic name found in a text: `key` compares (stemmed), `surface` reads (as written, lowercase). */
export interface Keyphrase {
  key: string;
  surface: string;
}

const stems = new Map<string, string>();
const stem = (word: string) => {
  let s = stems.get(word);
  if (s === undefined) stems.set(word, (s = /^[a-z]+$/.test(word) ? stemmer(word) : word));
  return s;
};

/**
 * The candidate topic names in a text: single content words and pairs of
 * adjacent content words ("gene expression"), each once. Content words have
 * three or more letters and are neither stop words, vague words nor numbers;
 * a stop word or punctuation between two words breaks the pair, and a name
 * never ends in a participle or adverb (`-ed`, `-ly`).
 */
export function extractKeyphrases(text: string): Keyphrase[] {
  const words = text
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Punctuation ends a phrase: it becomes a break word that pairs never cross.
    .replace(/[.,;:!?()[\]{}"“”]+/g, ' . ')
    .split(/[^\p{L}\p{N}.-]+|(?<!\p{L})-|-(?!\p{L})/u);
  const found = new Map<string, string>();
  let previous: { word: string; stem: string } | undefined;
  for (const word of words) {
    const content = word.length >= 3 && !STOP_WORDS.has(word) && !VAGUE.has(word) && !/^[\p{N}-]+$/u.test(word);
    if (!content) {
      previous = undefined;
      continue;
    }
    const s = stem(word);
    // Participles and adverbs ("learned", "widely") qualify a name; they do not end one.
    const canEnd = !/(?:ed|ly)$/.test(word);
    if (canEnd && !found.has(s)) found.set(s, word);
    if (previous && canEnd) {
      const key = `${previous.stem} ${s}`;
      if (!found.has(key)) found.set(key, `${previous.word} ${word}`);
    }
    previous = { word, stem: s };
  }
  return [...found].map(([key, surface]) => ({ key, surface }));
}
