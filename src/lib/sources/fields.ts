/**
 * Normalisers for the metadata fields every reader shares, so the same paper
 * from two formats gets the same identifiers (which is what merging relies on).
 */
import { cleanInline } from '../papers/clean-text.ts';
import { isPdfUrl, type LinkKind, type LinksByKind } from '../papers/link-kinds.ts';
import { isHttpUrl, isCodeUrl, trimUrl } from '../papers/links.ts';

/** The 1-based line of a character index in text. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * {@link lineAt} for many positions in one text: the line starts are found
 * once and each position is looked up by binary search. A reader of a
 * 10,000-entry export asks for 10,000 lines; scanning from the start each
 * time would read the file 10,000 times.
 */
export function lineIndex(text: string): (index: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (index) => {
    // The number of line breaks before `index`, plus one.
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (breaks[mid]! < index) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

const NEW_ARXIV_ID = /(\d{4}\.\d{4,5})(?:v\d+)?/;
const OLD_ARXIV_ID = /([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/;

/**
 * The arXiv identifier in a field, an `arXiv:` prefix or an abs/pdf URL,
 * without its version suffix (`2301.01234v2` → `2301.01234`).
 */
export function normalizeArxivId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  return NEW_ARXIV_ID.exec(text)?.[1] ?? OLD_ARXIV_ID.exec(text)?.[1];
}

/** A DOI without resolver prefix or `doi:`, in the source's case (compare them lower-cased). */
export function normalizeDoi(value: string | undefined): string | undefined {
  const match = /10\.\d{4,9}\/\S+/.exec(value ?? '');
  return match ? trimUrl(match[0]) : undefined;
}

/** Cleans a person's name: folded white space, a dotless i with an accent made a plain accented i. */
export function cleanName(value: string | undefined): string | undefined {
  const name = cleanInline((value ?? '').replace(/ı(?=\p{M})/gu, 'i'));
  return name || undefined;
}

/**
 * A date as `yyyy-mm-dd`, `yyyy-mm` or `yyyy` from what sources write:
 * ISO timestamps, `2023-05-04`, `2023/5`, `2023`, RFC 2822 (`Mon, 2 Apr 2007
 * 19:18:42 GMT`). Returns undefined when no plausible year is in it.
 */
export function normalizeDate(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T\s]|$)/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (parts) return joinDate(Number(parts[0]), parts[1] ? Number(parts[1]) : undefined, parts[2] ? Number(parts[2]) : undefined);
  const parsed = /\d{4}/.test(text) ? new Date(text) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) return undefined;
  return joinDate(parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate());
}

/** Joins date parts into ISO form, dropping parts that are out of range. */
export function joinDate(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!month || month < 1 || month > 12) return String(year);
  if (!day || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Removes LaTeX wrappers (`\url{...}`, `\href{...}{...}`, braces) and sentence punctuation from a link field. */
export function cleanUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const unwrapped = value.trim().replace(/^\\(?:url|href)\s*\{([^}]*)\}.*$/s, '$1').replace(/^[{<]+|[}>]+$/g, '');
  const url = trimUrl(cleanInline(unwrapped));
  return isHttpUrl(url) ? url : undefined;
}

/**
 * Sorts link fields by kind: each URL is of `kind` when given, otherwise code
 * on a code host, a PDF when its path ends in `.pdf`, and a project page for
 * the rest; anything that is not an http(s) URL is dropped. Returns undefined
 * when nothing is left.
 */
export function sortUrls(values: readonly (string | undefined)[], kind?: LinkKind): LinksByKind | undefined {
  const sorted: LinksByKind = {};
  for (const value of values) {
    const url = cleanUrl(value);
    if (!url) continue;
    const list = (sorted[kind ?? (isCodeUrl(url) ? 'code' : isPdfUrl(url) ? 'pdf' : 'project')] ??= []);
    if (!list.includes(url)) list.push(url);
  }
  return Object.keys(sorted).length ? sorted : undefined;
}

/** Cleans a list of strings (keywords, categories): trimmed, folded, empty and repeated ones dropped. */
export function cleanList(values: readonly unknown[] | undefined): string[] | undefined {
  const out: string[] = [];
  for (const value of values ?? []) {
    const text = typeof value === 'string' ? cleanInline(value) : '';
    if (text && !out.includes(text)) out.push(text);
  }
  return out.length ? out : undefined;
}
