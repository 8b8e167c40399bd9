/** How bad a problem is: errors fail the build, warnings are reported only, info notes what the build did (such as merging records). */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found while reading sources or writing pages. */
export interface Diagnostic {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based column, when the reader knows it (a JSON parser's position does). */
  column?: number;
  severity: Severity;
  /** What is wrong (and, when no hint is given, how to fix it). */
  message: string;
  /** How to fix it, when said apart from the message. */
  hint?: string;
  /** Stable rule id, for example `listing-no-abstract`. */
  rule: string;
}

/** The place of a diagnostic: `file`, `file:line` or `file:line:column`. */
export function formatPlace(d: Diagnostic): string {
  if (d.line <= 0) return d.file;
  return d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
}

/** What a diagnostic says: its message, then its hint. */
export function diagnosticText(d: Diagnostic): string {
  return d.hint ? `${d.message} ${d.hint}` : d.message;
}

/** Formats a diagnostic as `file:line[:column]  severity  message hint  (rule)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatPlace(d)}  ${d.severity}  ${diagnosticText(d)}  (${d.rule})`;
}

/** Orders diagnostics by file, then line, then column, so reports read top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** What {@link reportDiagnostics} returns: the lines to print and the text of the full list. */
export interface DiagnosticReport {
  /** Lines for the terminal: info, then warnings (repeated rules grouped), then every error, then a count line. */
  lines: string[];
  /** Every diagnostic on its own line, in the same order, for the file named in the grouped lines. */
  full: string;
}

/** Severities in the order a report prints them: errors last, so they are never scrolled away. */
const REPORT_ORDER: readonly Severity[] = ['info', 'warning', 'error'];

/** One line for many diagnostics of one rule: the first in full, then how many, where, and where the rest are listed. */
function formatGroup(group: readonly Diagnostic[], shown: number, fullList: string): string {
  const [first] = group as [Diagnostic, ...Diagnostic[]];
  const places = group.slice(0, shown).map(formatPlace).join(', ');
  const more = group.length - shown;
  return `${formatPlace(first)}  ${first.severity}  ${diagnosticText(first)} [${group.length} like this: ${places}${more > 0 ? ` and ${more} more` : ''}; full list: ${fullList}]  (${first.rule})`;
}

/**
 * Turns diagnostics into a report that reads at any size. Info and warning
 * lines of a rule that occurs more than `maxPlaces` times (default 3) become
 * one line, in the place of the first, naming the count, the first places and
 * `fullList`, the file that holds every line. Errors come last, each in full,
 * then a count line. Within a severity, lines are in file and line order.
 * Every printed diagnostic line keeps the `place  severity  message  (rule)`
 * shape, so it can be searched for the same way.
 */
export function reportDiagnostics(list: readonly Diagnostic[], options: { fullList: string; maxPlaces?: number }): DiagnosticReport {
  const maxPlaces = options.maxPlaces ?? 3;
  const sorted = sortDiagnostics(list);
  const lines: string[] = [];
  const full: string[] = [];
  for (const severity of REPORT_ORDER) {
    const ofSeverity = sorted.filter((d) => d.severity === severity);
    full.push(...ofSeverity.map(formatDiagnostic));
    const byRule = Map.groupBy(ofSeverity, (d) => d.rule);
    for (const d of ofSeverity) {
      const group = byRule.get(d.rule)!;
      if (severity === 'error' || group.length <= maxPlaces) lines.push(formatDiagnostic(d));
      else if (group[0] === d) lines.push(formatGroup(group, maxPlaces, options.fullList));
    }
  }
  if (list.length === 0) return { lines, full: '' };
  const count = (s: Severity) => list.filter((d) => d.severity === s).length;
  const summary = `errors: ${count('error')}, warnings: ${count('warning')}, info: ${count('info')} (full list: ${options.fullList})`;
  return { lines: [...lines, summary], full: `${[...full, summary].join('\n')}\n` };
}
