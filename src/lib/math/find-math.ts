/** One math span found in text: where it is, its TeX source and how it is displayed. */
export interface MathSpan {
  /** Index of the opening delimiter. */
  start: number;
  /** Index just after the closing delimiter. */
  end: number;
  /** The TeX between the delimiters. */
  tex: string;
  /** True for `$$...$$` and `\[...\]`. */
  display: boolean;
}

/** Longest math span accepted; a lone `$` must not swallow a whole abstract. */
const MAX_MATH_LENGTH = 600;

/** True when the character at `index` is preceded by an odd number of backslashes (escaped). */
function isEscaped(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** Finds the closing `close` after `from` that is not escaped; -1 when none within the limit. */
function findClose(text: string, close: string, from: number): number {
  for (let i = text.indexOf(close, from); i >= 0 && i - from <= MAX_MATH_LENGTH; i = text.indexOf(close, i + 1)) {
    if (!isEscaped(text, i) && !text.slice(from, i).includes('\n\n')) return i;
  }
  return -1;
}

/**
 * A single `$` opens inline math only when a non-space character follows it,
 * and closes it only when a non-space character precedes it and no digit
 * follows (Pandoc's rule). That keeps prices such as `$5 to $10` and
 * `$5-$10` text, while `$2^n$` and `$x$` are math.
 */
function findInlineDollarClose(text: string, from: number): number {
  if (from >= text.length || /\s/.test(text[from]!)) return -1;
  for (let i = text.indexOf('$', from); i >= 0 && i - from <= MAX_MATH_LENGTH; i = text.indexOf('$', i + 1)) {
    if (isEscaped(text, i)) continue;
    if (text.slice(from, i).includes('\n\n')) return -1;
    if (text[i + 1] === '$') return -1;
    if (!/\s/.test(text[i - 1]!) && !/\d/.test(text[i + 1] ?? '')) return i;
    // A `$` preceded by a space cannot close; it may be a price, so the opening one was not math.
    return -1;
  }
  return -1;
}

/**
 * Finds inline (`$...$`, `\(...\)`) and display (`$$...$$`, `\[...\]`) math in
 * text, left to right, never overlapping. Escaped dollars (`\$`) are text.
 * Delimiters without a valid partner are left alone, so unbalanced input is
 * simply text.
 */
export function findMath(text: string): MathSpan[] {
  const spans: MathSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    let span: MathSpan | undefined;
    if ((two === '\\(' || two === '\\[') && !isEscaped(text, i)) {
      const close = findClose(text, two === '\\(' ? '\\)' : '\\]', i + 2);
      if (close > i + 2) span = { start: i, end: close + 2, tex: text.slice(i + 2, close), display: two === '\\[' };
    } else if (two === '$$' && !isEscaped(text, i)) {
      const close = findClose(text, '$$', i + 2);
      if (close > i + 2) span = { start: i, end: close + 2, tex: text.slice(i + 2, close), display: true };
      else {
        i += 2;
        continue;
      }
    } else if (text[i] === '$' && !isEscaped(text, i)) {
      const close = findInlineDollarClose(text, i + 1);
      if (close > i + 1) span = { start: i, end: close + 1, tex: text.slice(i + 1, close), display: false };
    }
    if (span && span.tex.trim() !== '') {
      spans.push(span);
      i = span.end;
    } else i += 1;
  }
  return spans;
}
