/**
 * Plain text from the little HTML that bibliographic JSON carries: CSL-JSON's
 * rich-text tags (`<i>`, `<b>`, `<sup>`, `<sub>`, `<span class="nocase">`,
 * small caps) and Crossref's JATS abstracts (`<jats:p>`, `<jats:italic>`).
 * Only those tags are removed; any other `<...>` is text that happens to
 * contain a less-than sign and stays as written. The result is plain text,
 * never markup.
 */

const INLINE_TAG = /<\/?(?:i|b|em|strong|u|sc|span|sup|sub|a|code|jats:(?!p\b)[a-z-]+|mml:[a-z]+)(?:\s[^<>]*)?\/?>/gi;
const BLOCK_TAG = /<\/?(?:p|div|br|jats:p|jats:sec|jats:title)(?:\s[^<>]*)?\/?>/gi;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…' };

/** Decodes the named entities above and every numeric one; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPT: Record<string, string> = { '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎' };

/** `Ca<sup>2+</sup>` reads as `Ca²⁺` when every character has a Unicode superscript (or subscript) form. */
function scripts(html: string): string {
  return html.replace(/<(sup|sub)>([^<]*)<\/\1>/gi, (_whole, tag: string, inner: string) => {
    const map = tag.toLowerCase() === 'sup' ? SUPERSCRIPT : SUBSCRIPT;
    const chars = [...inner];
    return chars.length > 0 && chars.every((c) => map[c]) ? chars.map((c) => map[c]).join('') : inner;
  });
}

/** Inline HTML to one line of text: tags removed, entities decoded. */
export function inlineHtmlToText(html: string): string {
  return decodeEntities(scripts(html).replace(BLOCK_TAG, ' ').replace(INLINE_TAG, ''));
}

/** Block HTML (an abstract) to text with paragraphs separated by blank lines. */
export function htmlToParagraphText(html: string): string {
  return decodeEntities(scripts(html).replace(BLOCK_TAG, '\n\n').replace(INLINE_TAG, ''));
}
