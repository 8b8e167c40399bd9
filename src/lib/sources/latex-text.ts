import { parse } from '@retorquere/bibtex-parser';
import { findMath } from '../math/find-math.ts';
import { BULLET_ITEM, EM_CLOSE, EM_OPEN, markupToPlainText, NUMBERED_ITEM, STRONG_CLOSE, STRONG_OPEN } from '../papers/abstract-markup.ts';

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

/** What a brace that takes no command's argument is: a TeX group, or text. */
export type Braces = 'group' | 'text';

/** List environments and the item mark each starts; a description's terms are set in bold. */
const LISTS: Record<string, string> = { itemize: BULLET_ITEM, enumerate: NUMBERED_ITEM, description: BULLET_ITEM };

/**
 * What the decoder would drop or glue to the text, rewritten first: list
 * environments and their items, any other `\begin`/`\end` (kept as written),
 * citations, `\etal` and `\underline` (which it would turn into a combining
 * mark on the next letter).
 */
const TEXT_COMMANDS = /\\begin\s*\{([^{}]*)\}(?:\s*\{[^{}]*\})*|\\end\s*\{([^{}]*)\}|\\item(?![a-zA-Z])\s*(?:\[([^\]]*)\])?|\\(?:no|paren|text|auto|foot)?cite[a-zA-Z]*\*?\s*(?:\[[^\]]*\]\s*){0,2}\{([^{}]*)\}|\\etal(?![a-zA-Z])\.?(?:\{\})?|\\underline\s*\{([^{}]*)\}/g;

/**
 * True when a value holds nothing the decoder would change, so it can skip the
 * (slow) LaTeX parser: no command, group, tie, TeX ligature (`--`, `''`,
 * ```` `` ````) or private-use character to drop. Math and prices in such a
 * value are left for the math renderer, which tells them apart by the same rule.
 */
function isPlain(value: string): boolean {
  return !/[\\{}~\uE000-\uE01F]|--|''|``/.test(value);
}

/** Rewrites the {@link TEXT_COMMANDS} of text outside math; `lists` carries the open lists across math spans. */
function rewriteTextMode(text: string, lists: string[], keep: (verbatim: string) => string): string {
  return text.replace(TEXT_COMMANDS, (whole, begin?: string, end?: string, label?: string, keys?: string, underlined?: string, offset = 0) => {
    if (begin !== undefined && LISTS[begin]) {
      lists.push(begin);
      return PARAGRAPH;
    }
    if (end !== undefined && LISTS[end] && lists.at(-1) === end) {
      lists.pop();
      return PARAGRAPH;
    }
    if (begin !== undefined || end !== undefined) return keep(whole);
    if (whole.startsWith('\\item')) {
      const list = lists.at(-1);
      if (!list) return keep(whole);
      if (label === undefined) return LISTS[list]!;
      // A labelled item carries its own numbering, so it is a bullet that shows the label.
      return `${BULLET_ITEM}${list === 'description' ? `\\textbf{${label}}` : label} `;
    }
    if (keys !== undefined) {
      const marker = `[${keys.split(',').map((k) => k.trim()).filter(Boolean).join(', ')}]`;
      return (/[\p{L}\p{N}]/u.test(text[offset - 1] ?? '') ? ' ' : '') + keep(marker);
    }
    if (whole.startsWith('\\etal')) return 'et al.';
    return underlined ?? ''; // \underline{S}: the letters, decoded as text.
  });
}

/**
 * Escapes the braces of groups that are not TeX (`{'a': None}`, `{x}`), so
 * the decoder shows them: in formats other than BibTeX a brace is TeX only
 * when it takes a command's argument (`\emph{x}`, `\"{o}`, `\href{a}{b}`) or
 * opens a group that starts with one (`{\em x}`). Unmatched braces are text.
 */
function escapeBareBraces(text: string): string {
  if (!/[{}]/.test(text)) return text;
  const open: { at: number; tex: boolean }[] = [];
  const closes = new Set<number>();
  const escaped = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') {
      const tex = /\\(?:[a-zA-Z]+\*?\s*|[^a-zA-Z\s])$/.test(text.slice(Math.max(0, i - 40), i)) || text[i + 1] === '\\' || closes.has(i - 1);
      open.push({ at: i, tex });
    } else if (c === '}') {
      const group = open.pop();
      if (group?.tex) closes.add(i);
      else {
        escaped.add(i);
        if (group) escaped.add(group.at);
      }
    }
  }
  for (const group of open) if (!group.tex) escaped.add(group.at);
  if (escaped.size === 0) return text;
  let out = '';
  let last = 0;
  for (const at of [...escaped].sort((x, y) => x - y)) {
    out += `${text.slice(last, at)}\\`;
    last = at;
  }
  return out + text.slice(last);
}

/** Replaces what must survive decoding verbatim with placeholders; returns the text and what they stand for. */
function protect(value: string, braces: Braces): { text: string; kept: string[] } {
  const clean = value.replace(/[\uE000-\uE01F]/g, '').replace(/\r\n?/g, '\n');
  const kept: string[] = [];
  const keep = (verbatim: string) => `${KEEP_OPEN}${kept.push(verbatim) - 1}${KEEP_CLOSE}`;
  const lists: string[] = [];
  let text = '';
  let last = 0;
  const textMode = (part: string) => {
    const rewritten = rewriteTextMode(part, lists, keep);
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

/** True when a run of text needs the decoder: a command, group, tie or TeX ligature. */
const isTex = (run: string) => /[\\{}~]|--|''|``/.test(run);

/**
 * Splits protected text into runs the decoder must see (`tex`) and runs it
 * would return unchanged. Runs break at white space outside braces; a run
 * ending in a control word (`\o`, `\bf`) keeps the next word, which the
 * command may take as its argument. The decoder's time grows with the length
 * of its input, so it reads only the TeX words of an abstract, not all of it.
 */
function splitTexRuns(text: string): { text: string; tex: boolean }[] {
  const runs: { text: string; tex: boolean }[] = [];
  const push = (word: string) => {
    const tex = isTex(word);
    const last = runs.at(-1);
    if (last && last.tex === tex) last.text += word;
    else runs.push({ text: word, tex });
  };
  let depth = 0;
  let start = 0;
  // Where the last control word (`\o`, `\bf`) ends: white space there does not end the word.
  let controlEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      let j = i + 1;
      while (j < text.length && /[a-zA-Z]/.test(text[j]!)) j++;
      controlEnd = j > i + 1 ? j : -1;
      i = j > i + 1 ? j - 1 : i + 1;
    } else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 32 || c === 10 || c === 9 || c === 13) && controlEnd !== i) {
      let end = i;
      while (end < text.length && /\s/.test(text[end]!)) end++;
      push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) push(text.slice(start));
  return runs;
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
