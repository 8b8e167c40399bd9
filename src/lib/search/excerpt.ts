import { findMath } from '../math/find-math.ts';
import { withReadableMath } from '../math/tex-to-text.ts';

/**
 * The excerpt under a search result, made from the text Pagefind indexed for
 * the page (the abstract: the title and authors are result metadata, not
 * body text) and the word positions that matched. Pagefind's own excerpt
 * starts and stops anywhere; this one starts at a sentence or at the match,
 * stops at a sentence end or says where it was cut with an ellipsis, never
 * cuts a formula and shows math as readable text. Pure.
 */

/** Words in an excerpt, about two lines of a result. */
export const EXCERPT_WORDS = 30;

/** How far before the first match a sentence start is looked for, in words. */
const LOOK_BACK = 12;

/** Where Pagefind splits indexed text into words; its word positions count these. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATION = /^[("'“‘]*(e\.g|i\.e|al|etc|vs|cf|fig|figs|eq|eqs|sec|no|approx|resp|ca|ref|refs|[A-Za-z])\.$/i;
const SENTENCE_END = /[.!?。！？][)"'”’\]]*$/u;
/** What a sentence may start with: a capital, a digit, a quote or bracket, math, or Chinese and Japanese text. */
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"'“‘([$\\\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const endsSentence = (word: string) => SENTENCE_END.test(word) && !ABBREVIATION.test(word);
const startsSentence = (words: readonly string[], i: number) => i === 0 || (endsSentence(words[i - 1]!) && SENTENCE_OPENING.test(words[i]!));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A marked word: its punctuation stays outside the mark, as in `(<mark>MAE</mark>),`. */
function markWord(word: string): string {
  const [, open = '', core = '', close = ''] = /^([\p{Ps}\p{Pi}"']*)(.*?)([\p{Pe}\p{Pf}\p{Po}"']*)$/su.exec(word) ?? [];
  return core ? `${escapeHtml(open)}<mark>${escapeHtml(core)}</mark>${escapeHtml(close)}` : `<mark>${escapeHtml(word)}</mark>`;
}

/** The words of `content` and, per word, the first and last word of the formula it is part of. */
function wordsAndFormulas(content: string): { words: string[]; formula: { from: number; to: number }[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const separator of content.matchAll(WORD_SEPARATORS)) {
    words.push(content.slice(at, separator.index));
    starts.push(at);
    at = separator.index + separator[0].length;
  }
  words.push(content.slice(at));
  starts.push(at);
  const wordAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return i;
  };
  const formula = words.map((_, i) => ({ from: i, to: i }));
  for (const span of findMath(content)) {
    const from = wordAt(span.start);
    const to = wordAt(span.end - 1);
    for (let i = from; i <= to; i++) formula[i] = { from, to };
  }
  return { words, formula };
}

/** The first word of the `length`-word window holding the most matches (the earliest such window). */
function densestStart(located: readonly number[], length: number): number | undefined {
  let best: number | undefined;
  let most = 0;
  for (const first of located) {
    const count = located.filter((l) => l >= first && l < first + length).length;
    if (count > most) [best, most] = [first, count];
  }
  return best;
}

/**
 * Where an excerpt whose first match is word `first` starts: the nearest
 * sentence start before it, else the nearest clause (after `,` `;` `:`),
 * else the match itself; near the end of the text, the earliest sentence
 * start that still lets the excerpt run to the end, so it is not cut short.
 */
function chooseStart(words: readonly string[], first: number, length: number): number {
  const reach = Math.max(0, first - LOOK_BACK);
  if (first + length > words.length) {
    for (let i = Math.max(0, words.length - length); i <= first; i++) if (startsSentence(words, i)) return i;
  }
  for (let i = first; i >= reach; i--) if (startsSentence(words, i)) return i;
  for (let i = first; i > reach; i--) if (/[,;:]$/.test(words[i - 1]!)) return i;
  return first;
}

/**
 * An excerpt of `content` around the words at `locations` (Pagefind's word
 * positions), as HTML: escaped text with the matched words in `<mark>`.
 * At most about `length` words; with no match it is the opening of the text.
 */
export function buildExcerpt(content: string, locations: readonly number[], length = EXCERPT_WORDS): string {
  if (!content.trim()) return '';
  const { words, formula } = wordsAndFormulas(content);
  const located = new Set(locations.filter((l) => l >= 0 && l < words.length));
  const first = densestStart([...located].sort((a, b) => a - b), length) ?? 0;
  let start = chooseStart(words, first, length);
  start = formula[start]!.from;
  let end = Math.min(words.length, start + length);
  // Never half a formula: take it whole when it is short, else stop before it.
  if (end < words.length && formula[end]!.from < end) {
    const { from, to } = formula[end]!;
    end = to - start < length + LOOK_BACK ? to + 1 : Math.max(from, start + 1);
  }
  // Stop at the end of a sentence when one ends in the last third.
  if (end < words.length) {
    for (let j = end - 1; j >= start + Math.floor((length * 2) / 3); j--) {
      if (endsSentence(words[j]!) && formula[j]!.to === j) {
        end = j + 1;
        break;
      }
    }
  }
  const parts: string[] = [];
  for (let i = start; i < end; i = formula[i]!.to + 1) {
    const { to } = formula[i]!;
    if (to > i) {
      // A formula spanning several words: one readable piece, marked whole when any word of it matched.
      const text = escapeHtml(withReadableMath(words.slice(i, to + 1).join(' ')));
      parts.push(words.slice(i, to + 1).some((_, k) => located.has(i + k)) ? `<mark>${text}</mark>` : text);
    } else if (words[i]) {
      const word = withReadableMath(words[i]!);
      parts.push(located.has(i) ? markWord(word) : escapeHtml(word));
    }
  }
  const cut = end < words.length && !endsSentence(words[end - 1]!);
  const text = parts.join(' ');
  // A cut after an abbreviation (`i.e.`) keeps its full stop, and a space before the ellipsis.
  const ending = cut ? `${text.replace(/[,;:]+(<\/mark>)?$/, '$1')}${/\.(<\/mark>)?$/.test(text) ? ' …' : '…'}` : text;
  return `${start > 0 && !startsSentence(words, start) ? '…' : ''}${ending}`;
}
