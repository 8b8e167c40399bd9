import { findMath } from '../math/find-math.ts';
import { MARKUP_CHARACTERS, markupToPlainText } from '../papers/abstract-markup.ts';
import type { SourceRecord } from './source-record.ts';
import { decodeLatexMarkup } from './latex-text.ts';

/**
 * TeX in text that is not TeX: plain listings and Markdown reading lists are
 * copied from pages that show arXiv's abstracts as their authors wrote them,
 * so they hold `\textbf{X}`, `\emph{y}`, `95\%` and `M\"uller`, but also
 * backslashes, tildes and dashes that mean themselves (`C:\path`, `~30%`,
 * `~~struck~~`, `---`). Only the unmistakable commands below are decoded;
 * everything else, math included, stays exactly as written.
 */

/** A brace group with at most one level of groups inside. */
const ARG = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;

const KNOWN = new RegExp(
  [
    String.raw`\\(?:emph|textbf|textit|texttt|textsc|textsf|textrm|textup|textsl|textmd|underline|mbox|textsuperscript|textsubscript)\s*${ARG}`,
    // Links, also as authors wrap them in dollars so that arXiv's page shows them.
    String.raw`\$?\\href\s*${ARG}\s*${ARG}\$?`,
    String.raw`\$?\\url\s*${ARG}\$?`,
    String.raw`\\(?:no|paren|text|auto|foot)?cite[a-zA-Z]*\*?\s*(?:\[[^\]]*\]\s*){0,2}${ARG}`,
    String.raw`\{\\(?:em|bf|it|sl|sc|tt)\s(?:[^{}]|\{[^{}]*\})*\}`,
    String.raw`\{\\["'\x60^~=.uvHckbdr]\s*(?:[A-Za-z]|\\[ij]|\{[A-Za-z]\})\}`,
    String.raw`\\["'\x60^=.](?:[A-Za-z]|\{[A-Za-z]\})`,
    String.raw`\\[uvHckbdr]\{[A-Za-z]\}`,
    String.raw`\\(?:ss|o|O|ae|AE|oe|OE|aa|AA|l|L)\{\}`,
    // A symbol braced in running text, as arXiv authors write it: `0{\deg}`, `{\Delta}Energy`.
    String.raw`\{\\[a-zA-Z]+\}`,
    String.raw`\\etal(?![a-zA-Z])\.?`,
    String.raw`\\[%&_#]`,
  ].join('|'),
  'g',
);

/** The known-TeX spans of one value outside its math, as `[start, end]` pairs. */
function knownSpans(value: string): [number, number][] {
  if (!value.includes('\\')) return [];
  const math = findMath(value);
  const spans: [number, number][] = [];
  for (const m of value.matchAll(KNOWN)) {
    const start = m.index;
    const end = start + m[0].length;
    // Inside a formula TeX is the formula's; a link wrapped in dollars holds the whole "formula".
    if (!math.some((s) => start < s.end && end > s.start && (start > s.start || end < s.end))) spans.push([start, end]);
  }
  return spans;
}

/**
 * Decodes the unmistakable text-mode TeX of each value (see above) with the
 * project's one decoder, in one batch; the rest of each value is returned as
 * written. `markup` keeps emphasis as abstract markup; otherwise it is plain text.
 */
export function decodeKnownTex(values: readonly string[], markup = false): string[] {
  const spans = values.map(knownSpans);
  const pieces = spans.flatMap((list, i) => list.map(([start, end]) => values[i]!.slice(start, end)));
  if (pieces.length === 0) return [...values];
  const decoded = decodeLatexMarkup(pieces, 'text').map((text) => (markup ? text : markupToPlainText(text)));
  let next = 0;
  return values.map((value, i) => {
    let out = '';
    let last = 0;
    for (const [start, end] of spans[i]!) {
      out += value.slice(last, start) + decoded[next++];
      last = end;
    }
    return out + value.slice(last);
  });
}

/**
 * {@link decodeKnownTex} over the titles (plain text) and abstracts (with
 * emphasis marked) of records read from one file, in one batch. Markup
 * characters already in the text are dropped first, so every mark comes from
 * the source's own TeX.
 */
export function decodeKnownTexInRecords(records: readonly SourceRecord[]): SourceRecord[] {
  const titles = decodeKnownTex(records.map((r) => r.title));
  const paragraphs = decodeKnownTex(records.flatMap((r) => r.abstract.map((p) => p.replace(MARKUP_CHARACTERS, ''))), true);
  let next = 0;
  return records.map((record, i) => ({ ...record, title: titles[i]!, abstract: record.abstract.map(() => paragraphs[next++]!) }));
}
