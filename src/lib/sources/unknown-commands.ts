import { parse } from '@retorquere/bibtex-parser';

/**
 * TeX commands the LaTeX decoder does not know: a paper's own macros
 * (`\toolname`, `\ours`), or backslashes that are not TeX at all
 * (`C:\Users`). The decoder would drop them, and with them words of the
 * abstract; they are shown as written instead.
 */

/** Font declarations (`{\bf 98}`, `{\em x}`) the decoder reads inside a group although it calls them unknown alone; `\TeX` is spelled out later. */
const DECLARATIONS = new Set(['bf', 'it', 'em', 'sl', 'sc', 'rm', 'tt', 'sf', 'md', 'up', 'TeX', 'LaTeX']);
/** Layout commands that carry no words: dropped with their arguments rather than shown. */
const LAYOUT = new Set(['noindent', 'par', 'newline', 'linebreak', 'smallskip', 'medskip', 'bigskip', 'hfill', 'vfill', 'vspace', 'hspace', 'centering', 'small', 'footnotesize', 'large', 'Large', 'normalsize', 'clearpage', 'newpage', 'maketitle']);

/** Names asked about so far, and whether the decoder knows them: exports repeat the same few. */
const known = new Map<string, boolean>();

/** A control word. */
const COMMAND = /\\([a-zA-Z@]+)\*?/g;
/** The brace groups right after a command: its arguments, if it takes any. */
const ARGUMENTS = /^(?:\{[^{}]*\})*/;

/** Asks the decoder, once per name, which of these command names it knows. */
function learn(names: readonly string[]): void {
  const fresh = [...new Set(names)].filter((name) => !known.has(name));
  if (fresh.length === 0) return;
  const unknown = new Set<string>();
  const bib = fresh.map((name, i) => `@misc{c${i}, note = {\\${name}{}}}\n`).join('');
  parse(bib, {
    sentenceCase: false,
    english: false,
    caseProtection: false,
    unsupported: (node) => {
      const content = (node as { content?: unknown }).content;
      if (typeof content === 'string') unknown.add(content);
      return '';
    },
  });
  for (const name of fresh) known.set(name, DECLARATIONS.has(name) || !unknown.has(name));
}

/**
 * Replaces each command of `text` the decoder does not know, with its brace
 * groups, by what `keep` returns for it as written. Commands the decoder
 * knows (accents, `\emph`, `\%`) are left for it; layout commands
 * (`\noindent`, `\vspace{2mm}`) are dropped.
 */
export function keepUnknownCommands(text: string, keep: (verbatim: string) => string): string {
  if (!text.includes('\\')) return text;
  const names = [...text.matchAll(COMMAND)].map((m) => m[1]!);
  if (names.length === 0) return text;
  learn(names);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(COMMAND)) {
    if (m.index < last || known.get(m[1]!)) continue;
    let end = m.index + m[0].length + ARGUMENTS.exec(text.slice(m.index + m[0].length))![0].length;
    if (LAYOUT.has(m[1]!)) end += /^[ \t]*/.exec(text.slice(end))![0].length;
    out += text.slice(last, m.index) + (LAYOUT.has(m[1]!) ? '' : keep(text.slice(m.index, end)));
    last = end;
  }
  return out + text.slice(last);
}
