import { decodeHTMLStrict } from 'entities';
import { BULLET_ITEM, EM_CLOSE, EM_OPEN, MARKUP_CHARACTERS, NUMBERED_ITEM, STRONG_CLOSE, STRONG_OPEN } from '../papers/abstract-markup.ts';

/**
 * Text from the little HTML that bibliographic JSON carries: CSL-JSON's
 * rich-text tags (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`,
 * small caps) and Crossref's JATS abstracts (`<jats:p>`, `<jats:italic>`,
 * `<jats:list>`). Only those tags are read; any other `<...>` is text that
 * happens to contain a less-than sign and stays as written. Entities are
 * decoded once, after the tags are gone, so `&lt;i&gt;` is the text `<i>`.
 */

const TAG = /<(\/?)(i|b|em|strong|u|sc|span|sup|sub|a|code|p|div|br|ul|ol|li|jats:[a-z-]+|mml:[a-z]+)((?:\s[^<>]*)?)\/?>/gi;

const EMPHASIS: Record<string, [string, string]> = { i: [EM_OPEN, EM_CLOSE], em: [EM_OPEN, EM_CLOSE], 'jats:italic': [EM_OPEN, EM_CLOSE], b: [STRONG_OPEN, STRONG_CLOSE], strong: [STRONG_OPEN, STRONG_CLOSE], 'jats:bold': [STRONG_OPEN, STRONG_CLOSE] };
const BLOCK = new Set(['p', 'div', 'br', 'jats:p', 'jats:sec', 'jats:title']);
const LIST = new Set(['ul', 'ol', 'jats:list']);
const ITEM = new Set(['li', 'jats:list-item']);

/**
 * Decodes every named and numeric HTML entity once (`&eacute;`, `&lsquo;`,
 * `&#233;`, `&#x2014;`). Only references ending in `;` are read, so text such
 * as `R&D` or `?a=1&copy=2` stays as written.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '–': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎' };

/**
 * `Ca<sup>2+</sup>` reads as `Ca²⁺` when every character has a Unicode
 * superscript (or subscript) form; commas stay, so JATS citation numbers
 * (`effort<jats:sup>1,2</jats:sup>`) read `effort¹,²`, not `effort1,2`.
 */
function scripts(html: string): string {
  return html.replace(/<((?:jats:)?(?:sup|sub))>([^<]*)<\/\1>/gi, (_whole, tag: string, inner: string) => {
    const map = tag.toLowerCase().endsWith('sup') ? SUPERSCRIPT : SUBSCRIPT;
    const chars = [...decodeEntities(inner)];
    const fits = chars.some((c) => map[c]) && chars.every((c) => map[c] || c === ',');
    return fits ? chars.map((c) => map[c] ?? c).join('') : inner;
  });
}

/** Crossref's JATS abstracts open with a heading "Abstract", which the page has already. */
const ABSTRACT_HEADING = /^\s*<jats:title>\s*(?:abstract|summary)\s*<\/jats:title>/i;

/** The tags as abstract markup: emphasis marks, list items, blank lines between paragraphs (spaces inside an item). */
function tagsToMarkup(html: string): string {
  const lists: string[] = [];
  return scripts(html.replace(ABSTRACT_HEADING, '')).replace(TAG, (_whole, slash: string, tagName: string, attrs: string) => {
    const name = tagName.toLowerCase();
    const emphasis = EMPHASIS[name];
    if (emphasis) return slash ? emphasis[1] : emphasis[0];
    if (LIST.has(name)) {
      if (slash) lists.pop();
      else lists.push(name === 'ol' || /list-type\s*=\s*["']?order/i.test(attrs) ? NUMBERED_ITEM : BULLET_ITEM);
      return '\n\n';
    }
    if (ITEM.has(name)) return slash ? ' ' : (lists.at(-1) ?? BULLET_ITEM);
    if (BLOCK.has(name)) return lists.length > 0 ? ' ' : '\n\n';
    return '';
  });
}

/** Inline HTML (a title) to one line of plain text: tags removed, entities decoded. */
export function inlineHtmlToText(html: string): string {
  return decodeEntities(tagsToMarkup(html).replace(MARKUP_CHARACTERS, '').replace(/\n\n/g, ' '));
}

/**
 * Block HTML (an abstract) to text with abstract markup: paragraphs separated
 * by blank lines, emphasis marked, lists as list paragraphs. The input must
 * hold no markup character of its own (the LaTeX decoder drops them first).
 */
export function htmlToParagraphText(html: string): string {
  return decodeEntities(tagsToMarkup(html));
}
