import CSL from 'citeproc';
import type { CslItem } from './csl-item.ts';

/**
 * The text variables a template stands in for. Everything else in an item
 * (type, names, dates, numbers, pages) is part of its shape, because styles
 * format those by their value: initials, month names, page ranges, numeric
 * tests.
 */
const VARIABLES = ['title', 'container-title', 'publisher', 'URL', 'DOI'] as const;
type Variable = (typeof VARIABLES)[number];

/** How a style writes a variable, learnt from where its placeholder ended up. */
type Mode = 'as-is' | 'title-case' | 'absent';

/**
 * Placeholder for a variable: lower-case words around a stop word, so the
 * template shows whether the style changed its case (title case capitalises
 * the words but not the `of`) and no CSL numeric test can take it for a
 * number.
 */
const placeholder = (i: number) => `zqx${'abcdefgh'[i]}v of zqx${'abcdefgh'[i]}w`;
const titled = (text: string) => text.replace(/\bzqx/g, 'Zqx');

/**
 * Values a template can hold: no quotes or markup (citeproc would turn or
 * read them); Latin-like letters, digits, `$`, `\` or brackets at both ends
 * (punctuation there meets the style's own, and citeproc formats other
 * scripts differently); nothing like a placeholder. URL and DOI may hold any
 * character but white space and those.
 */
function fits(variable: Variable, value: string): boolean {
  if (/["'‘’“”«»‹›<>&]|zqx/i.test(value)) return false;
  if (variable === 'URL' || variable === 'DOI') return !/\s/.test(value);
  // Like the placeholder, the value must begin and end in a script citeproc formats as Latin.
  const edge = (c: string) => CSL.ALL_ROMANESQUE_REGEXP.test(c) || /[0-9$\\()[\]]/.test(c);
  return edge(value[0]!) && edge(value.at(-1)!) && CSL.ROMANESQUE_REGEXP.test(value) && /[\p{L}\p{N}$)\]]$/u.test(value) && !/\s{2}/.test(value);
}

/** An item's shape (its key in the template cache) and the values that go into its template; undefined when a value does not fit. */
export function shapeOf(item: CslItem): { key: string; shape: CslItem; values: Partial<Record<Variable, string>> } | undefined {
  const shape: Record<string, unknown> = { ...item, id: 'shape' };
  const values: Partial<Record<Variable, string>> = {};
  for (const [i, variable] of VARIABLES.entries()) {
    const value = item[variable];
    if (value === undefined) continue;
    if (!fits(variable, value)) return undefined;
    values[variable] = value;
    shape[variable] = placeholder(i);
  }
  return { key: JSON.stringify(shape), shape: shape as unknown as CslItem, values };
}

/** A formatted shape: its HTML with placeholders, and how each variable is written; undefined modes mean the style changed a value in a way a template cannot redo. */
export interface Template {
  html: string;
  modes: Partial<Record<Variable, Mode>> | undefined;
}

/** Learns from a formatted shape how the style writes each variable of `shape`. */
export function readTemplate(shape: CslItem, html: string): Template {
  const modes: Partial<Record<Variable, Mode>> = {};
  for (const [i, variable] of VARIABLES.entries()) {
    if (shape[variable] === undefined) continue;
    const token = placeholder(i);
    const asIs = html.includes(token);
    const title = html.includes(titled(token));
    if (asIs && !title) modes[variable] = 'as-is';
    else if (title && !asIs && variable !== 'URL' && variable !== 'DOI') modes[variable] = 'title-case';
    else if (!asIs && !title && !html.toLowerCase().includes(`zqx${'abcdefgh'[i]}`)) modes[variable] = 'absent';
    else return { html, modes: undefined };
  }
  return { html, modes };
}

/**
 * Fills a template with an item's values, written as the style would write
 * them: `escape` is citeproc's own HTML escaping and `titleCase` its own
 * title casing. Undefined when the template cannot be used.
 */
export function fillTemplate(template: Template, values: Partial<Record<Variable, string>>, escape: (text: string) => string, titleCase: (text: string) => string): string | undefined {
  if (!template.modes) return undefined;
  let html = template.html;
  for (const [i, variable] of VARIABLES.entries()) {
    const value = values[variable];
    const mode = template.modes[variable];
    if (value === undefined || mode === 'absent') continue;
    const token = mode === 'title-case' ? titled(placeholder(i)) : placeholder(i);
    const text = escape(mode === 'title-case' ? titleCase(value) : value);
    html = html.split(token).join(text);
  }
  return html;
}
