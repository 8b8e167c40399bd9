import { BULLET_ITEM, NUMBERED_ITEM } from '../papers/abstract-markup.ts';

/**
 * Text-mode TeX that the LaTeX decoder would drop or mangle, rewritten before
 * it runs: list environments, citations, `\\etal`, `\\underline`, environments
 * it does not know, and (outside BibTeX) braces that are text.
 */

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
 * Rewrites the {@link TEXT_COMMANDS} of text outside math: list boundaries
 * become `paragraph`, items their marks, and what must stay as written goes
 * through `keep`. `lists` carries the open lists across math spans.
 */
export function rewriteTextMode(text: string, lists: string[], keep: (verbatim: string) => string, paragraph: string): string {
  return text.replace(TEXT_COMMANDS, (whole, begin?: string, end?: string, label?: string, keys?: string, underlined?: string, offset = 0) => {
    if (begin !== undefined && LISTS[begin]) {
      lists.push(begin);
      return paragraph;
    }
    if (end !== undefined && LISTS[end] && lists.at(-1) === end) {
      lists.pop();
      return paragraph;
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
export function escapeBareBraces(text: string): string {
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
