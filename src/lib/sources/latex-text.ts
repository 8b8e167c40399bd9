import { parse } from '@retorquere/bibtex-parser';
import { findMath } from '../math/find-math.ts';

/**
 * Private-use characters stand in for what the LaTeX decoder must not touch.
 * It passes them through unchanged, and no real export contains them (any in
 * the input are dropped first).
 */
const MATH_OPEN = '\uE000';
const MATH_CLOSE = '\uE001';
const LESS = '\uE002';
const GREATER = '\uE003';
const PARAGRAPH = '\uE004';
const DOLLAR = '\uE005';

const DECODE_OPTIONS = { sentenceCase: false, english: false, caseProtection: false, unsupported: 'ignore' } as const;

/**
 * True when a value holds nothing the decoder would change, so it can skip the
 * (slow) LaTeX parser: no command, group, tie or TeX ligature (`--`, `''`,
 * ```` `` ````). Math and prices in such a value are left for the math renderer,
 * which tells them apart by the same rule.
 */
function isPlain(value: string): boolean {
  return !/[\\{}~]|--|''|``/.test(value);
}

/** Replaces what must survive decoding verbatim with placeholders; returns the text and the math spans. */
function protect(value: string): { text: string; math: string[] } {
  const clean = value.replace(/[\uE000-\uE00F]/g, '').replace(/\r\n?/g, '\n');
  const math: string[] = [];
  let text = '';
  let last = 0;
  for (const span of findMath(clean)) {
    text += clean.slice(last, span.start) + `${MATH_OPEN}${math.length}${MATH_CLOSE}`;
    math.push(clean.slice(span.start, span.end).replace(/\s+/g, ' '));
    last = span.end;
  }
  text += clean.slice(last);
  return {
    text: text
      .replace(/\n[ \t]*\n\s*/g, PARAGRAPH)
      // Escaped dollars and prices ($5 to $10) are text; TeX would take a lone $ for math.
      .replace(/\\?\$/g, DOLLAR)
      // An unescaped % is a percent sign pasted from elsewhere, not a TeX comment eating the line.
      .replace(/(^|[^\\])%/g, '$1\\%')
      // TeX would print < and > in its old font encoding as ¡ and ¿; abstracts mean the signs.
      .replace(/</g, LESS)
      .replace(/>/g, GREATER)
      .replace(/\\(La)?TeX\b(\{\})?/g, (_m, la: string | undefined) => `${la ?? ''}TeX`),
    math,
  };
}

/** Undoes {@link protect} on decoded text, dropping the decoder's own markup tags. */
function restore(decoded: string, math: readonly string[]): string {
  return decoded
    .replace(/<[^>]*>/g, '')
    .replace(/ı(?=\p{M})/gu, 'i')
    .replace(new RegExp(`${MATH_OPEN}(\\d+)${MATH_CLOSE}`, 'g'), (_m, n: string) => math[Number(n)] ?? '')
    .replaceAll(LESS, '<')
    .replaceAll(GREATER, '>')
    .replaceAll(PARAGRAPH, '\n\n')
    .replaceAll(DOLLAR, '\\$')
    .normalize('NFC');
}

/**
 * Decodes LaTeX in BibTeX field values to plain Unicode text with the parser
 * Better BibTeX uses: accents (`{\"u}`, `H\o{}`), `\emph{}`, `{\em }`,
 * `\textit{}`, quotes, dashes, `\%`, `\url{}`. Math (`$...$`, `\(...\)`,
 * `$$...$$`, `\[...\]`) is kept as written for the math renderer; every
 * other dollar (escaped, or a price) becomes `\$` so it never turns into
 * math; blank lines stay paragraph breaks. Values are decoded in one batch;
 * a value the decoder rejects is returned with only its braces removed.
 */
export function decodeLatex(values: readonly string[]): string[] {
  const jobs = values.map((value) => (isPlain(value) ? undefined : protect(value)));
  const bib = jobs.map((job, i) => (job ? `@misc{v${i}, abstract = {${job.text}}}\n` : '')).join('');
  const decoded = new Map<string, string>();
  if (bib) for (const entry of parse(bib, DECODE_OPTIONS).entries) decoded.set(entry.key, entry.fields.abstract ?? '');
  return values.map((value, i) => {
    const job = jobs[i];
    if (!job) return value;
    const out = decoded.get(`v${i}`);
    return out === undefined ? value.replace(/[{}]/g, '') : restore(out, job.math);
  });
}
