/**
 * Word breaks for Chinese and Japanese, which are written without spaces.
 *
 * Pagefind splits text into words at whitespace, and breaks Chinese or
 * Japanese into words only on a page whose `<html lang>` is `zh` or `ja`,
 * both when indexing and when it reads a query. This site is one English
 * index (a second, per-language index would hide those papers from searches
 * run on English pages), so a Japanese title would stay one long word that no
 * word of it can find. The text given to Pagefind and the query sent to it
 * therefore get spaces between words here, by the same `Intl.Segmenter` in
 * Node and in the browser; what readers see is never segmented.
 */

/** Han, kana and the marks and punctuation written with them (by script extension, so `ー`, `々` and `、` count). */
const CJK = '\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}';
const RUN = new RegExp(`[${CJK}]+`, 'gu');
const HAS_CJK = new RegExp(`[${CJK}]`, 'u');
const CJK_LETTER = new RegExp(`(?=\\p{L})[${CJK}]`, 'gu');
const KANA = /[\p{sc=Hira}\p{sc=Kana}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** One space between two CJK characters, with any `<mark>` tags of an excerpt on either side of it. */
const SPACE_BETWEEN = new RegExp(`([${CJK}])((?:</?mark>)*) ((?:</?mark>)*)(?=[${CJK}])`, 'gu');
/** A comment or a tag, quoted attribute values included (they may hold `>`). */
const MARKUP = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) segmenters.set(locale, (found = new Intl.Segmenter(locale, { granularity: 'word' })));
  return found;
}

/**
 * The locale to segment a text by: Japanese when it has any kana, else
 * Chinese (Korean is written with spaces and needs none). ICU breaks Han and
 * kana with one dictionary whatever the locale, so a kanji-only Japanese query
 * breaks like the Japanese text it was taken from.
 */
export function cjkLocale(text: string): 'ja' | 'zh' {
  return KANA.test(text) ? 'ja' : 'zh';
}

/**
 * Puts one space between the words of every run of Chinese or Japanese in
 * `text` (its punctuation becomes a word of its own, which Pagefind does not
 * index), and between such a run and a letter or digit touching it
 * (`BERTによる` → `BERT による`). Other text is returned unchanged, so English
 * is indexed exactly as before. `locale` defaults to {@link cjkLocale}.
 */
export function segmentCjk(text: string, locale: string = cjkLocale(text)): string {
  if (!HAS_CJK.test(text)) return text;
  return text.replace(RUN, (run: string, start: number) => {
    const end = start + run.length;
    const before = start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!) ? ' ' : '';
    const after = end < text.length && LETTER_OR_DIGIT.test(text[end]!) ? ' ' : '';
    return before + Array.from(segmenter(locale).segment(run), (s) => s.segment).join(' ') + after;
  });
}

/**
 * {@link segmentCjk} over the text of an HTML page, never inside its tags or
 * comments: attribute values, such as the title given to Pagefind in
 * `data-pagefind-meta="title:…"`, stay as written. The locale is chosen once
 * for the whole page.
 */
export function segmentCjkInHtml(html: string): string {
  if (!HAS_CJK.test(html)) return html;
  const locale = cjkLocale(html.replace(MARKUP, ''));
  let out = '';
  let last = 0;
  for (const tag of html.matchAll(MARKUP)) {
    out += segmentCjk(html.slice(last, tag.index), locale) + tag[0];
    last = tag.index + tag[0].length;
  }
  return out + segmentCjk(html.slice(last), locale);
}

/**
 * Undoes the spaces of {@link segmentCjk} between two Chinese or Japanese
 * characters in a Pagefind excerpt (text with `<mark>` tags), so it reads as
 * written. Spaces next to other scripts stay, and a space the source itself
 * had between two such characters is lost: it cannot be told apart.
 */
export function joinCjkWords(excerpt: string): string {
  return excerpt.replace(SPACE_BETWEEN, '$1$2$3');
}

/**
 * The `lang` to mark a title or abstract (text or HTML: tags are not counted)
 * with: `ja` or `zh` (see {@link cjkLocale}) when at least half its letters
 * are Han or kana, so screen readers and fonts treat it as such; undefined
 * for any other text.
 */
export function cjkLanguage(textOrHtml: string): 'ja' | 'zh' | undefined {
  const text = textOrHtml.replace(MARKUP, '');
  const cjk = text.match(CJK_LETTER)?.length ?? 0;
  if (cjk === 0) return undefined;
  return cjk * 2 >= (text.match(/\p{L}/gu)?.length ?? 0) ? cjkLocale(text) : undefined;
}
