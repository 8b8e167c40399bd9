import { describe, expect, test } from 'vitest';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../src/lib/diagnostics.ts';

const d = (file: string, line: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ file, line, severity, message: 'What is wrong. How to fix it.', rule: 'some-rule' });

describe('formatDiagnostic', () => {
  test.each([
    [d('content/sources/x.txt', 12, 'error'), 'content/sources/x.txt:12  error  What is wrong. How to fix it.  (some-rule)'],
    [d('content/topics.yaml', 0), 'content/topics.yaml  warning  What is wrong. How to fix it.  (some-rule)'],
  ])('returns file:line, severity, message and rule when given %j', (diagnostic, line) => {
    expect(formatDiagnostic(diagnostic)).toBe(line);
  });
});

describe('sortDiagnostics', () => {
  test('returns diagnostics by file, then line, without changing the input', () => {
    const input = [d('b.txt', 2), d('a.txt', 10), d('b.txt', 1), d('a.txt', 0)];
    expect(sortDiagnostics(input).map((x) => `${x.file}:${x.line}`)).toEqual(['a.txt:0', 'a.txt:10', 'b.txt:1', 'b.txt:2']);
    expect(input[0]!.file).toBe('b.txt');
  });
});

describe('hasErrors', () => {
  test.each([
    [[], false],
    [[d('a', 1)], false],
    [[d('a', 1), d('b', 2, 'error')], true],
  ])('returns %s when the list is %j', (list, expected) => expect(hasErrors(list as Diagnostic[])).toBe(expected));
});
