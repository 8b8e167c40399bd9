import { DISPLAY_BEGIN, DISPLAY_ENVIRONMENTS, displayEnvironmentTex } from './display-environments.ts';

/** One math span found in text: where it is, its TeX source and how it is displayed. */
export interface MathSpan {
  /** Index of the opening delimiter. */
  start: number;
  /** Index just after the closing delimiter. */
  end: number;
  /** The TeX KaTeX renders: what is between the delimiters, or a display environment in KaTeX's form. */
  tex: string;
  /** True for `$$...$$`, `\[...\]` and display environments (`\begin{align*}`). */
  display: boolean;
}

/** Longest `$` span accepted; a lone `$` must not swallow a whole abstract. */
const MAX_MATH_LENGTH = 600;
/** Longest span between explicit delimiters (`\(`, `\[`, `\begin{...}`), which cannot be a price. */
const MAX_DISPLAY_LENGTH = 4000;

/** True when the character at `index` is preceded by an odd number of backslashes (escaped). */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Finds the closing `close` after `from` that is not escaped; -1 when none within `limit`. */
function findClose(text: string, close: string, from: number, limit = MAX_DISPLAY_LENGTH): number {
  for (let i = text.indexOf(close, from); i >= 0 && i - from <= limit; i = text.indexOf(close, i + 1)) {
    if (!isEscaped(text, i) && !text.slice(from, i).includes('\n\n')) return i;
  }
  return -1;
}

/**
 * True when TeX between dollars reads as prose: three words of two or more
 * letters in a row once commands and their text arguments (`\text{...}`) are
 * set aside. Such a span is two stray dollars around a sentence, not a formula.
 */
function looksLikeProse(tex: string): boolean {
  const bare = tex.replace(/\\(?:text\w*|mathrm|operatorname|mbox)\s*\{[^{}]*\}|\\[a-zA-Z]+/g, ' ');
  return /\p{L}{2,}[\s,;]+\p{L}{2,}[\s,;]+\p{L}{2,}/u.test(bare);
}

/**
 * The closing `$` of inline math opened just before `from`, or -1. Tight math
 * (`$x$`) follows Pandoc's rule: a non-space after the opening dollar, a
 * non-space before the closing one and no digit after it, which keeps prices
 * such as `$5 to $10` text. Spaced math (`$ x $`) needs a space on both inner
 * sides and no number after it. Either way the first candidate decides (a
 * stray `$` never pairs with a far one), and a span that reads as prose is
 * not math.
 */
function findInlineDollarClose(text: string, from: number): number {
  if (from >= text.length) return -1;
  const spaced = /\s/.test(text[from]!);
  for (let i = text.indexOf('$', from); i >= 0 && i - from <= MAX_MATH_LENGTH; i = text.indexOf('$', i + 1)) {
    if (isEscaped(text, i)) continue;
    const tex = text.slice(from, i);
    if (tex.includes('\n\n') || text[i + 1] === '$' || looksLikeProse(tex)) return -1;
    const before = /\s/.test(text[i - 1]!);
    if (spaced ? before && !/^\s*\d/.test(text.slice(i + 1, i + 12)) : !before && !/\d/.test(text[i + 1] ?? '')) return i;
    return -1;
  }
  return -1;
}

/** A display environment (`\begin{align*}...\end{align*}`) starting at `i`, when it is one and it closes. */
function environmentAt(text: string, i: number): MathSpan | undefined {
  DISPLAY_BEGIN.lastIndex = i;
  const begin = DISPLAY_BEGIN.exec(text);
  const name = begin?.[1];
  if (!begin || !name || !DISPLAY_ENVIRONMENTS.has(name)) return undefined;
  const from = i + begin[0].length;
  const close = findClose(text, `\\end{${name}}`, from);
  if (close < 0) return undefined;
  return { start: i, end: close + `\\end{${name}}`.length, tex: displayEnvironmentTex(name, text.slice(from, close)), display: true };
}

/**
 * Finds inline (`$...$`, `\(...\)`) and display (`$$...$$`, `\[...\]`,
 * `\begin{equation}`, `align`, `gather`, `eqnarray`, ...) math in text, left
 * to right, never overlapping. Escaped dollars (`\$`) are text. Delimiters
 * without a valid partner are left alone, so unbalanced input is simply text.
 */
export function findMath(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  // Every delimiter starts with a backslash or a dollar: the text between is skipped in one search.
  const delimiter = /[\\$]/g;
  let i = 0;
  while (i < text.length) {
    delimiter.lastIndex = i;
    const next = delimiter.exec(text);
    if (!next) break;
    i = next.index;
    const two = text.slice(i, i + 2);
    let span: MathSpan | undefined;
    if ((two === '\\(' || two === '\\[') && !isEscaped(text, i)) {
      const close = findClose(text, two === '\\(' ? '\\)' : '\\]', i + 2);
      if (close > i + 2) span = { start: i, end: close + 2, tex: text.slice(i + 2, close), display: two === '\\[' };
    } else if (two === '\\b' && !isEscaped(text, i)) {
      span = environmentAt(text, i);
    } else if (two === '$$' && !isEscaped(text, i)) {
      const close = findClose(text, '$$', i + 2, MAX_MATH_LENGTH);
      if (close > i + 2) span = { start: i, end: close + 2, tex: text.slice(i + 2, close), display: true };
      else {
        i += 2;
        continue;
      }
    } else if (text[i] === '$' && !isEscaped(text, i)) {
      const close = findInlineDollarClose(text, i + 1);
      if (close > i + 1) span = { start: i, end: close + 1, tex: text.slice(i + 1, close).trim(), display: false };
    }
    if (span && span.tex.trim() !== '') {
      spans.push(span);
      i = span.end;
    } else i += 1;
  }
  return spans;
}
