/**
 * Whether a search result really matches the query. When no indexed word
 * starts with a query word, Pagefind falls back to the longest indexed word
 * that the query word starts with, however short: `xyzzyqq` finds the papers
 * with a variable `x`. That fallback is kept where it forgives a typo at the
 * end of a word (`maskd` finds `mask`) and refused where it keeps less than
 * half the word. Pure.
 */

/** A word as Pagefind compares words: lower case, without diacritics, punctuation or symbols. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/[\p{M}\p{P}\p{S}]/gu, '').toLowerCase();
}

/** The words of a query as Pagefind searches for them. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map(normalizeWord).filter(Boolean);
}

/**
 * How many leading characters of a query word a matched word must share
 * with it: all of a word of up to three characters, else half of it and at
 * least three (which still allows for stems: `studies` and `study`).
 */
export function requiredPrefix(term: string): number {
  const length = [...term].length;
  return length <= 3 ? length : Math.max(3, Math.ceil(length / 2));
}

/** Forms of a text word to compare a query word with: whole without punctuation (`incontext`), and each part (`in`, `context`). */
function forms(word: string): string[] {
  const parts = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[\p{P}\p{S}]+/u).filter(Boolean);
  return [normalizeWord(word), ...parts];
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * True when every word of `query` is matched well enough by one of the
 * `matched` words (the page words at Pagefind's match positions) or by a
 * word of `meta` (the result's title and authors, which Pagefind also
 * searches but gives no positions for). Chinese and Japanese words are
 * looked for inside the text, as they are not separated by spaces there.
 */
export function matchesEveryTerm(query: string, matched: readonly string[], meta: string): boolean {
  const words = [...matched, ...meta.split(/\s+/)].flatMap(forms);
  const text = words.join(' ');
  return queryTerms(query).every((term) => {
    const needed = [...term].slice(0, requiredPrefix(term)).join('');
    return CJK.test(term) ? text.includes(needed) : words.some((w) => w.startsWith(needed));
  });
}

/** The page words at Pagefind's word positions (`content` split as Pagefind splits it). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/[^\S\uFEFF]+/);
  return locations.flatMap((l) => (words[l] === undefined ? [] : [words[l]]));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` as HTML with the words that match `query` in `<mark>`: a word that
 * starts as a query word must (see {@link requiredPrefix}), a part of a
 * hyphenated word (`Terrain-<mark>Aware</mark>`) or the whole of it when the
 * query word joins its parts (`multi-granularity`), and in Chinese or
 * Japanese text each query word where it occurs. For result titles, whose
 * words Pagefind matches without saying where.
 */
export function markTerms(text: string, query: string): string {
  const terms = queryTerms(query);
  const latin = terms.filter((t) => !CJK.test(t)).map((t) => [...t].slice(0, requiredPrefix(t)).join(''));
  const cjk = terms.filter((t) => CJK.test(t));
  const inCjk = cjk.length ? new RegExp(cjk.map(escapeRegExp).join('|'), 'gu') : undefined;
  const matches = (word: string) => latin.some((t) => normalizeWord(word).startsWith(t));
  const markParts = (token: string) =>
    token
      .split(/([\p{L}\p{N}\p{M}]+)/u)
      .map((part, i) => (i % 2 === 1 && matches(part) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
      .join('');
  return text
    .split(/(\s+)/)
    .map((token, i) => {
      if (i % 2 === 1 || !token) return token;
      if (CJK.test(token)) return inCjk ? escapeHtml(token).replace(inCjk, '<mark>$&</mark>') : escapeHtml(token);
      const parts = markParts(token);
      if (parts.includes('<mark>') || !matches(token)) return parts;
      // The query word joins the parts: mark the word, its punctuation outside.
      const [, open = '', core = '', close = ''] = /^([\p{Ps}\p{Pi}"']*)(.*?)([\p{Pe}\p{Pf}\p{Po}"']*)$/su.exec(token) ?? [];
      return `${escapeHtml(open)}<mark>${escapeHtml(core)}</mark>${escapeHtml(close)}`;
    })
    .join('');
}
