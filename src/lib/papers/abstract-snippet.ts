import { findMath } from '../math/find-math.ts';
import { markupToPlainText } from './abstract-markup.ts';

/** Longest snippet written into a page's front matter, in characters; lists clamp it to two lines anyway. */
export const SNIPPET_LENGTH = 220;

/** A paragraph with each math span replaced by its TeX and escaped dollars unescaped. */
function withoutMathDelimiters(text: string): string {
  let out = '';
  let at = 0;
  for (const span of findMath(text)) {
    out += text.slice(at, span.start).replace(/\\\$/g, '$') + span.tex.trim();
    at = span.end;
  }
  return out + text.slice(at).replace(/\\\$/g, '$');
}

/**
 * The opening of an abstract as one line of plain text, for paper lists:
 * emphasis and list marks removed, math kept as its TeX source without its
 * delimiters (found as the pages find it, so a price stays a price; readable,
 * and no renderer needed in a list), `\$` shown as `$`,
 * cut at a word boundary to at most `max` characters with an ellipsis.
 * Undefined when the abstract is empty.
 */
export function abstractSnippet(paragraphs: readonly string[], max = SNIPPET_LENGTH): string | undefined {
  const text = paragraphs
    .map((paragraph) => withoutMathDelimiters(markupToPlainText(paragraph)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  // Never half a surrogate pair.
  const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  // A word longer than a third of the snippet (a URL, CJK text without spaces) is cut where it stands.
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
