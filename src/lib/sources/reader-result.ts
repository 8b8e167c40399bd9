import type { Diagnostic } from '../diagnostics.ts';
import type { SourceRecord } from './source-record.ts';

/** What every reader returns for one source file. */
export interface ReaderResult {
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

/** The warning for a paper that has no abstract: it still gets a page that says so. */
export function missingAbstract(record: SourceRecord, rule: string, fix: string): Diagnostic {
  return {
    file: record.file,
    line: record.line,
    severity: 'warning',
    rule,
    message: `"${record.title.slice(0, 60)}" has no abstract; its page will say so. ${fix} to fill it.`,
  };
}

/** An error for a file that cannot be read (encoding, syntax), with where and how to fix; it fails the build. */
export function readError(file: string, line: number, rule: string, message: string): Diagnostic {
  return { file, line, severity: 'error', rule, message };
}

/**
 * The warning for a record that cannot become a page (no title, or not a
 * paper at all): it is left out and the rest of the file is still built.
 * `what` says what the record is and why it is skipped, `fix` how to include it.
 */
export function skippedRecord(file: string, line: number, rule: string, what: string, fix: string): Diagnostic {
  return { file, line, severity: 'warning', rule, message: `${what}, so it is skipped and the rest is built. ${fix}` };
}
