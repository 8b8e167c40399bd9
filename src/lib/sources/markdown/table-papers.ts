/**
 * Papers from a Markdown table with one row per paper, as daily-digest
 * repositories print them: `| Publish Date | Title | Authors | PDF | Code |`.
 * A table is a paper table when a header cell names the title column.
 */
import type { Table } from 'mdast';
import { fieldOfLabel, type FieldKey } from './field-labels.ts';
import type { EntryFields } from './entry-fields.ts';
import { lineText, phrasingLines, type InlineLine } from './inline-lines.ts';

/** One row of a paper table as entry fields, with the row's line. */
export interface TableRow {
  line: number;
  fields: EntryFields;
}

/** The field each column names (undefined for columns such as `#` or a one-line summary). */
function columnFields(table: Table, source: string): (FieldKey | undefined)[] {
  const header = table.children[0]?.children ?? [];
  return header.map((cell) => fieldOfLabel(phrasingLines(cell.children, source).map(lineText).join(' ')));
}

/** True when a table has a title column, so that each row is a paper. */
export function isPaperTable(table: Table, source: string): boolean {
  return columnFields(table, source).some((key) => key === 'title' || key === 'paper');
}

/**
 * The rows of a paper table as entry fields: each cell is the value of its
 * column's field; a cell that only says `null` or `-` is empty.
 */
export function tableRows(table: Table, source: string): TableRow[] {
  const keys = columnFields(table, source).map((key) => (key === 'paper' ? 'title' : key));
  return table.children.slice(1).map((row) => {
    const fields: EntryFields = { fields: new Map(), unlabelled: [], listLines: [] };
    row.children.forEach((cell, i) => {
      const key = keys[i];
      const lines: InlineLine[] = phrasingLines(cell.children, source);
      const text = lines.map(lineText).join(' ').trim();
      if (!key || key === 'ignored' || text === '' || /^(?:null|none|n\/a|-+|—)$/i.test(text)) return;
      fields.fields.set(key, [...(fields.fields.get(key) ?? []), lines]);
    });
    return { line: row.position?.start.line ?? 0, fields };
  });
}
