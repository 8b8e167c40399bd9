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

/** An error for a whole record or file that cannot be read, with where and how to fix. */
export function readError(file: string, line: number, rule: string, message: string): Diagnostic {
  return { file, line, severity: 'error', rule, message };
}
