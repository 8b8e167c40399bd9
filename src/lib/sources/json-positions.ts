import { lineAt } from './fields.ts';

/**
 * The 1-based line of each element of a top-level JSON array, found by a
 * small scanner that tracks strings and nesting; `JSON.parse` gives values
 * but no positions. Assumes text that `JSON.parse` accepted.
 */
export function arrayItemLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      // A string cannot hold a raw newline, so skipping the escaped character never skips a line.
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expecting && !/[\s\]]/.test(c)) {
      lines.push(line);
      expecting = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') expecting = ++depth === 1;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return lines;
}

/**
 * The place a `JSON.parse` error points at (`... at position 45 (line 3
 * column 5)`): line and column, from the message or from the position; line 1
 * and no column when the message names neither.
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column?: number } {
  const message = error instanceof Error ? error.message : '';
  const named = /line (\d+) column (\d+)/.exec(message);
  if (named) return { line: Number(named[1]), column: Number(named[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 1 };
  const at = Number(position[1]);
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  return { line: lineAt(text, at), column: at - lineStart + 1 };
}

/** The line a `JSON.parse` error points at, or 1 (see {@link jsonErrorPlace}). */
export function jsonErrorLine(text: string, error: unknown): number {
  return jsonErrorPlace(text, error).line;
}

/** The message of a `JSON.parse` error without its position, which the diagnostic's place already gives. */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/\.$/, '');
}
