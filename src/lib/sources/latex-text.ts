import { parse } from '@retorquere/bibtex-parser';
import { findMath } from '../math/find-math.ts';
import { EM_CLOSE, EM_OPEN, markupToPlainText, STRONG_CLOSE, STRONG_OPEN } from '../papers/abstract-markup.ts';
import { escapeBareBraces, rewriteTextMode, type Braces } from './latex-text-mode.ts';

export type { Braces } from './latex-text-mode.ts';
import { splitTexRuns } from './tex-runs.ts';
import { keepUnknownCommands } from './unknown-commands.ts';

/**
 * Private-use characters stand in for what the LaTeX decoder must not touch.
 * It passes them through unchanged, and no real export contains them (any in
 * the input, and any abstract markup character, are dropped first).
 */
const KEEP_OPEN = '\uE000';
const KEEP_CLOSE = '\uE001';
const LESS = '\uE002';
const GREATER = '\uE003';
const PARAGRAPH = '\uE004';
const DOLLAR = '\uE005';
const SEPARATOR = '\uE006';

const DECODE_OPTIONS = { sentenceCase: false, english: false, caseProtection: false, unsupported: 'ignore' } as const;

/**
 * True when a value holds nothing the decoder would change, so it can skip the
 * (slow) LaTeX parser: no command, group, tie, TeX ligature (`--`, `''`,
 * ```` `` ````) or private-use character to drop. Math and prices in such a
 * value are left for the math renderer, which tells them apart by the same rule.
 */
function isPlain(value: string): boolean {
  return !/[\\{}~\uE000-\uE01F]|--|''|``/.test(value);
}

/**
 * `\href{url}{text}` and `\url{url}`, which authors often wrap in `$...$` so
 * that arXiv's listing shows them: the decoder would drop the address and
 * the math renderer cannot draw a link.
 */
const LINK = /\$?\\href\s*\{\s*(https?:\/\/[^{}\s]+)\s*\}\s*\{([^{}]*)\}\$?|\$?\\url\s*\{\s*(https?:\/\/[^{}\s]+)\s*\}\$?/g;

/** Links as their text and their address, the address kept verbatim through `keep`; text that is the address is said once. */
function unwrapLinks(text: string, keep: (verbatim: string) => string): string {
  return text.replace(LINK, (_whole, href: string | undefined, label: string | undefined, url: string | undefined) => {
    if (url) return keep(url);
    const words = (label ?? '').trim();
    return !words || words === href ? keep(href!) : `${words} (${keep(href!)})`;
  });
}

/** Replaces what must survive decoding verbatim with placeholders; returns the text and what they stand for. */
function protect(value: string, braces: Braces): { text: string; kept: string[] } {
  const kept: string[] = [];
  const keep = (verbatim: string) => `${KEEP_OPEN}${kept.push(verbatim) - 1}${KEEP_CLOSE}`;
  const clean = unwrapLinks(value.replace(/[\uE000-\uE01F]/g, '').replace(/\r\n?/g, '\n'), keep);
  const lists: string[] = [];
  let text = '';
  let last = 0;
  const textMode = (part: string) => {
    // A tilde that starts a word means "about" (`~30%`, `1% ~ 3%`); a tie stands between two words (`Fig.~2`).
    const tildes = part.replace(/(^|[\s([])~/g, (_m, before: string) => before + keep('~'));
    const rewritten = keepUnknownCommands(rewriteTextMode(tildes, lists, keep, PARAGRAPH), keep);
    return braces === 'text' ? escapeBareBraces(rewritten) : rewritten;
  };
  for (const span of findMath(clean)) {
    text += textMode(clean.slice(last, span.start)) + keep(clean.slice(span.start, span.end).replace(/\s+/g, ' '));
    last = span.end;
  }
  text += textMode(clean.slice(last));
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
    kept,
  };
}

/** The decoder's emphasis tags as abstract markup; every other tag it writes (links, small caps, code) is dropped. */
const TAG_MARKUP: Record<string, string> = { '<i>': EM_OPEN, '</i>': EM_CLOSE, '<em>': EM_OPEN, '</em>': EM_CLOSE, '<b>': STRONG_OPEN, '</b>': STRONG_CLOSE, '<strong>': STRONG_OPEN, '</strong>': STRONG_CLOSE };

/** Undoes {@link protect} on decoded text, turning the decoder's emphasis tags into markup. */
function restore(decoded: string, kept: readonly string[]): string {
  return decoded
    .replace(/<[^>]*>/g, (tag) => TAG_MARKUP[tag] ?? '')
    .replace(/ı(?=\p{M})/gu, 'i')
    // A nested \underline{\textbf{S}} reaches the decoder, which writes it as a combining low line.
    .replace(/\u0332/g, '')
    .replace(new RegExp(`${KEEP_OPEN}(\\d+)${KEEP_CLOSE}`, 'g'), (_m, n: string) => kept[Number(n)] ?? '')
    .replaceAll(LESS, '<')
    .replaceAll(GREATER, '>')
    .replaceAll(PARAGRAPH, '\n\n')
    .replaceAll(DOLLAR, '\\$')
    .normalize('NFC');
}



/**
 * Decodes the TeX runs of many values in one call of the decoder, one entry
 * per value. Returns each value's decoded runs, or undefined for a value the
 * decoder rejected (an unbalanced brace) or whose runs it did not keep apart.
 */
function decodeRuns(values: readonly string[][]): (string[] | undefined)[] {
  const bib = values.map((runs, i) => `@misc{v${i}, abstract = {${runs.join(SEPARATOR)}}}\n`).join('');
  const decoded = new Map<string, string>();
  if (bib) for (const entry of parse(bib, DECODE_OPTIONS).entries) decoded.set(entry.key, entry.fields.abstract ?? '');
  return values.map((runs, i) => {
    const out = decoded.get(`v${i}`)?.split(SEPARATOR);
    return out?.length === runs.length ? out.map((r) => r.trim()) : undefined;
  });
}

/**
 * Decodes text-mode LaTeX to Unicode text with abstract markup (see
 * `abstract-markup.ts`), using the parser Better BibTeX uses: accents
 * (`{\"u}`, `Gr\"obner`, `H\o{}`), quotes, dashes, `~` (a no-break space),
 * `\%`, `\url{}`; `\emph{}`, `{\em }`, `\textit{}` become emphasis and
 * `\textbf{}`, `{\bf }` strong emphasis; `itemize`, `enumerate` and
 * `description` become list paragraphs; `\cite{a,b}` becomes `[a, b]`,
 * `\etal` `et al.`, `\underline{S}` `S`. Math (`$...$`, `\(...\)`,
 * `$$...$$`, `\[...\]`, display environments such as `align*`) is kept as
 * written for the math renderer, and so is any other environment's
 * `\begin`/`\end`; every other dollar (escaped, or a price) becomes `\$`;
 * blank lines stay paragraph breaks. `braces` says what a bare `{x}` is:
 * a TeX group (`'group'`, BibTeX's case protection) or text (`'text'`, for
 * formats where TeX is only pasted in). Values are decoded in one batch; a
 * value the decoder rejects is returned with only its braces removed.
 */
export function decodeLatexMarkup(values: readonly string[], braces: Braces = 'group'): string[] {
  const jobs = values.map((value) => {
    if (isPlain(value)) return undefined;
    const { text, kept } = protect(value, braces);
    const runs = splitTexRuns(text);
    return { runs, kept, tex: runs.filter((r) => r.tex).map((r) => r.text.trim()) };
  });
  const pending = jobs.flatMap((job, i) => (job && job.tex.length > 0 ? [i] : []));
  const decoded = decodeRuns(pending.map((i) => jobs[i]!.tex));
  const index = new Map(pending.map((i, n) => [i, n]));
  return values.map((value, i) => {
    const job = jobs[i];
    if (!job) return value;
    const out = job.tex.length === 0 ? [] : decoded[index.get(i)!];
    if (out === undefined) return value.replace(/[{}\uE000-\uE01F]/g, '');
    let next = 0;
    // The decoder trims each field; the white space around a run is the text's own.
    const text = job.runs.map((r) => (r.tex ? `${/^\s*/.exec(r.text)![0]}${out[next++]}${/\s*$/.exec(r.text)![0]}` : r.text)).join('');
    return restore(text, job.kept);
  });
}

/**
 * Decodes LaTeX in field values to plain Unicode text: {@link decodeLatexMarkup}
 * without the markup (emphasis is plain text, list items read `• item` or
 * `1. item`). Values are decoded in one batch.
 */
export function decodeLatex(values: readonly string[]): string[] {
  return decodeLatexMarkup(values).map((value) => (/[\uE010-\uE01F]/.test(value) ? value.split('\n\n').map(markupToPlainText).join('\n\n') : value));
}
