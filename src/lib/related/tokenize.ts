import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stop-words.ts';
import { letterRuns, stripAccents } from './word-split.ts';

const URL = /\bhttps?:\/\/\S+/gi;
const LATIN_WORD = /^[a-z]+$/;
// Stemming is the slow part of reading a corpus and the same words come back
// in every abstract, so each word is stemmed once per process.
const stems = new Map<string, string>();

function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    result = LATIN_WORD.test(word) ? stemmer(word) : word;
    stems.set(word, result);
  }
  return result;
}

/**
 * The index terms of a text: words lowercased with accents removed, URLs,
 * stop words, single letters and bare numbers dropped, English words reduced
 * to their Porter stem (`masking`, `masked` and `masks` all give `mask`).
 * Words of other scripts are kept whole, since the stemmer only knows English.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  const words = letterRuns(stripAccents(text.replace(URL, ' ')).toLowerCase());
  for (const word of words) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    const term = stem(word);
    if (term.length >= 2) terms.push(term);
  }
  return terms;
}
