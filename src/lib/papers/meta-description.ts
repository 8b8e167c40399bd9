/**
 * A paper page's meta description (also its `og:` and `twitter:` one): the
 * first sentence of the abstract as plain text, which is what a search
 * engine or a link preview shows under the title.
 */
import { decodeHTML } from 'entities';
import { findMath } from '../math/find-math.ts';

/** Changes whenever the rules below do, so pages cached with an older description are described again. */
export const DESCRIPTION_VERSION = 1;

/** Longest description, in characters: about what search engines show. */
export const DESCRIPTION_LENGTH = 160;

/** Words that end with a full stop inside a sentence (`e.g.`, `et al.`, `Fig. 2`). */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|cf|vs|etc|et al|al|approx|resp|Fig|Figs|Eq|Eqs|Sec|Ref|Refs|No|Vol|Dr|Mr|Ms|Prof|St|[A-Z])\.$/;

/** Commands whose argument is the text, and commands that show nothing. */
const STYLE_COMMAND = /\\(?:mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathscr|mathfrak|mathbb|boldsymbol|bm|textrm|textbf|textit|texttt|text|operatorname|mbox)\s*/g;
const SILENT_COMMAND = /\\(?:left|right|big|Big|bigg|Bigg|displaystyle|textstyle|[,;:! ]|quad|qquad)(?![A-Za-z])/g;

/** One formula's TeX as words and symbols a reader can follow: commands by their names, no braces, no backslashes. */
export function mathToText(tex: string): string {
  return tex
    .replace(STYLE_COMMAND, '')
    .replace(SILENT_COMMAND, ' ')
    .replace(/\\([A-Za-z]+)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text with each math span (`$x$`, `\(x\)`, `$$x$$`) replaced by {@link mathToText}. */
function withPlainMath(text: string): string {
  let out = '';
  let at = 0;
  for (const span of findMath(text)) {
    out += text.slice(at, span.start) + mathToText(span.tex);
    at = span.end;
  }
  return out + text.slice(at);
}

/** The first sentence of plain text: up to the first `.`, `!` or `?` before a space and a capital or digit that ends no abbreviation, or a CJK full stop. */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?](?=\s+["“(]?[\p{Lu}\p{N}])|[。！？]/gu)) {
    const end = match.index + 1;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) continue;
    return text.slice(0, end);
  }
  return text;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis when anything was cut. */
export function cutText(text: string, max = DESCRIPTION_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The meta description of a paper from its rendered abstract HTML, before
 * math is rendered (math is still TeX between its delimiters): the first
 * sentence, tags and TeX removed, at most {@link DESCRIPTION_LENGTH}
 * characters. Undefined when the abstract has no text.
 */
export function abstractDescription(html: string): string | undefined {
  // Each block starts a new sentence: a list item or a paragraph that ends without a full stop does not run into the next.
  const blocks = html.split(/<\/(?:p|li|h\d|blockquote)>/i).map((block) => decodeHTML(block.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim());
  const text = blocks.find((block) => block !== '');
  if (!text) return undefined;
  const sentence = firstSentence(withPlainMath(text)).replace(/\s+/g, ' ').trim();
  return sentence ? cutText(sentence) : undefined;
}
