import { describe, expect, test } from 'vitest';
import { formatDiagnostic, hasErrors, reportDiagnostics, sortDiagnostics, type Diagnostic } from '../../src/lib/diagnostics.ts';

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

describe('formatDiagnostic with a column', () => {
  test('returns file:line:column when the column is known', () => {
    expect(formatDiagnostic({ ...d('z.json', 3, 'error'), column: 17 })).toBe('z.json:3:17  error  What is wrong. How to fix it.  (some-rule)');
  });
});

describe('reportDiagnostics', () => {
  const at = (line: number, rule: string, severity: Diagnostic['severity'] = 'warning', file = 'content/sources/big.bib'): Diagnostic => ({ file, line, severity, rule, message: `Problem at ${line}. Fix it.` });
  const fullList = '.papershelf/report.txt';

  test('returns nothing to print for no diagnostics', () => {
    expect(reportDiagnostics([], { fullList })).toEqual({ lines: [], full: '' });
  });

  test('returns one line for a rule that occurs more than three times, with the count, the first three places and the full list', () => {
    const many = [12, 40, 77, 90, 130].map((line) => at(line, 'bibtex-no-abstract'));
    const report = reportDiagnostics([...many, at(5, 'bibtex-no-title')], { fullList });
    expect(report.lines).toMatchInlineSnapshot(`
      [
        "content/sources/big.bib:5  warning  Problem at 5. Fix it.  (bibtex-no-title)",
        "content/sources/big.bib:12  warning  Problem at 12. Fix it. [5 like this: content/sources/big.bib:12, content/sources/big.bib:40, content/sources/big.bib:77 and 2 more; full list: .papershelf/report.txt]  (bibtex-no-abstract)",
        "errors: 0, warnings: 6, info: 0 (full list: .papershelf/report.txt)",
      ]
    `);
    expect(report.full.split('\n').filter((l) => l.includes('(bibtex-no-abstract)'))).toHaveLength(5);
  });

  test('returns errors last, each in full, after grouped warnings and info, and a count line', () => {
    const list = [at(1, 'json-syntax', 'error', 'a.json'), ...[1, 2, 3, 4].map((line) => at(line, 'paper-merged', 'info', 'b.xml')), at(2, 'bibtex-syntax', 'error'), at(9, 'listing-no-abstract', 'warning', 'a.txt')];
    expect(reportDiagnostics(list, { fullList }).lines).toMatchInlineSnapshot(`
      [
        "b.xml:1  info  Problem at 1. Fix it. [4 like this: b.xml:1, b.xml:2, b.xml:3 and 1 more; full list: .papershelf/report.txt]  (paper-merged)",
        "a.txt:9  warning  Problem at 9. Fix it.  (listing-no-abstract)",
        "a.json:1  error  Problem at 1. Fix it.  (json-syntax)",
        "content/sources/big.bib:2  error  Problem at 2. Fix it.  (bibtex-syntax)",
        "errors: 2, warnings: 1, info: 4 (full list: .papershelf/report.txt)",
      ]
    `);
  });

  test.each([3, 1])('returns every diagnostic in full in the full list, whatever the limit (%i)', (maxPlaces) => {
    const list = [5, 4, 3, 2, 1].map((line) => at(line, 'r'));
    const { full } = reportDiagnostics(list, { fullList, maxPlaces });
    expect(full.trimEnd().split('\n')).toEqual([...[1, 2, 3, 4, 5].map((line) => formatDiagnostic(at(line, 'r'))), 'errors: 0, warnings: 5, info: 0 (full list: .papershelf/report.txt)']);
  });

  test('returns grouped lines that keep the place, severity and rule columns of single lines', () => {
    const { lines } = reportDiagnostics([1, 2, 3, 4].map((line) => at(line, 'r')), { fullList });
    expect(lines[0]).toMatch(/^content\/sources\/big\.bib:1  warning  .*  \(r\)$/);
  });
});
