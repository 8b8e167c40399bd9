/**
 * The little structure an abstract keeps from its source: emphasis, strong
 * emphasis and list items. Readers mark it with private-use characters inside
 * the otherwise plain paragraph text of `SourceRecord.abstract`; the Markdown
 * writer turns the marks into Markdown, and {@link markupToPlainText} turns
 * them into plain text for search, titles and names. Every other character of
 * an abstract stays text. Readers drop these characters from their input
 * first, so a mark always comes from the source's own markup.
 */

/** Opens emphasis (`\emph{`, `<i>`, `<jats:italic>`). */
export const EM_OPEN = '\uE010';
/** Closes emphasis. */
export const EM_CLOSE = '\uE011';
/** Opens strong emphasis (`\textbf{`, `<b>`). */
export const STRONG_OPEN = '\uE012';
/** Closes strong emphasis. */
export const STRONG_CLOSE = '\uE013';
/** Starts an item of a bulleted list; a list is one paragraph of items. */
export const BULLET_ITEM = '\uE014';
/** Starts an item of a numbered list. */
export const NUMBERED_ITEM = '\uE015';

/** Every markup character, and the range readers drop from their input. */
export const MARKUP_CHARACTERS = /[\uE010-\uE01F]/g;

/** The text before the first item and the items of a list paragraph; undefined when it holds no item. */
export function splitListItems(paragraph: string): { lead: string; numbered: boolean; items: string[] } | undefined {
  const first = paragraph.search(/[\uE014\uE015]/);
  if (first < 0) return undefined;
  const numbered = paragraph[first] === NUMBERED_ITEM;
  const items = paragraph
    .slice(first + 1)
    .split(/[\uE014\uE015]/)
    .map((item) => item.trim())
    .filter((item) => item.replace(MARKUP_CHARACTERS, '').trim() !== '');
  return { lead: paragraph.slice(0, first).trim(), numbered, items };
}

/**
 * A marked paragraph as plain text: emphasis marks removed, list items
 * written `• item` or `1. item`, one after the other on the line.
 */
export function markupToPlainText(paragraph: string): string {
  if (!/[\uE010-\uE01F]/.test(paragraph)) return paragraph;
  const list = splitListItems(paragraph);
  const text = list
    ? [list.lead, ...list.items.map((item, i) => `${list.numbered ? `${i + 1}.` : '•'} ${item}`)].filter(Boolean).join(' ')
    : paragraph;
  return text.replace(MARKUP_CHARACTERS, '');
}
