/** How bad a problem is: errors fail the build, warnings are reported only, info notes what the build did (such as merging records). */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found while reading sources or writing pages. */
export interface Diagnostic {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  severity: Severity;
  /** What is wrong, then how to fix it. */
  message: string;
  /** Stable rule id, for example `listing-no-abstract`. */
  rule: string;
}

/** Formats a diagnostic as `file:line  severity  message  (rule)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return `${where}  ${d.severity}  ${d.message}  (${d.rule})`;
}

/** Orders diagnostics by file, then line, so reports read top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
