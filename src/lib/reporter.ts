import { hasErrors, reportDiagnostics, type Diagnostic } from './diagnostics.ts';

/**
 * The one collector of a build's diagnostics. Every stage adds what it finds
 * (settings, sources, topics, pages, search, offline); the build prints them
 * once, grouped, with a summary, and writes the full list to a file.
 */
export class Reporter {
  readonly #list: Diagnostic[] = [];

  /** Adds diagnostics, in the order found. */
  add(...diagnostics: readonly Diagnostic[]): void {
    this.#list.push(...diagnostics);
  }

  /** Replaces everything collected so far (a stage that settles earlier warnings, such as merged records). */
  replace(diagnostics: readonly Diagnostic[]): void {
    this.#list.splice(0, this.#list.length, ...diagnostics);
  }

  /** Everything collected, in the order found. */
  get diagnostics(): readonly Diagnostic[] {
    return this.#list;
  }

  /** True when any collected diagnostic is an error. */
  get failed(): boolean {
    return hasErrors(this.#list);
  }

  /** How many collected diagnostics have this severity. */
  count(severity: Diagnostic['severity']): number {
    return this.#list.filter((d) => d.severity === severity).length;
  }

  /**
   * The report as terminal lines (grouped, errors last, a summary) and the
   * full list for `fullList`, the file the grouped lines point to.
   */
  report(fullList: string): { lines: string[]; full: string } {
    return reportDiagnostics(this.#list, { fullList });
  }
}

/** A stage stopped on problems the reporter holds: the build prints the report, then this message. */
export class StageFailure extends Error {}
