import { describe, expect, test } from 'vitest';
import { decodeLatex } from '../../../src/lib/sources/latex-text.ts';

describe('decodeLatex', () => {
  test.each([
    ['M{\\"u}ller', 'Müller'],
    ['H\\o{}jberg', 'Højberg'],
    ["Garc{\\'i}a Mar{\\'\\i}a", 'García María'],
    ['{\\ss} \\c{c} \\v{s} \\AA{}', 'ß ç š Å'],
    ['\\emph{deep} {\\em nets} \\textit{and} \\textbf{more}', 'deep nets and more'],
    ["``quoted'' text", '“quoted” text'],
    ['pages 1--10 --- dash', 'pages 1–10 — dash'],
    ['95\\% and 5% left', '95% and 5% left'],
    ['\\url{https://github.com/a/b_c}', 'https://github.com/a/b_c'],
    ['\\LaTeX{} and \\TeX', 'LaTeX and TeX'],
    ['x < y > z & <script>', 'x < y > z & <script>'],
    ['plain text', 'plain text'],
  ])('returns text when the value is %j', (value, expected) => {
    expect(decodeLatex([value])).toEqual([expected]);
  });

  test('returns math exactly as written, in every delimiter style', () => {
    expect(decodeLatex(['costs $c(x,y) = \\|x-y\\|^2$, \\(a\\) and \\[\\int_0^1 f\\] in {\\em text}'])).toEqual([
      'costs $c(x,y) = \\|x-y\\|^2$, \\(a\\) and \\[\\int_0^1 f\\] in text',
    ]);
  });

  test('returns escaped dollars and prices as \\$ so they never become math', () => {
    expect(decodeLatex(['\\$5 to \\$10, or $5 to $10'])).toEqual(['\\$5 to \\$10, or \\$5 to \\$10']);
  });

  test('returns blank lines as paragraph breaks', () => {
    expect(decodeLatex(['First \\emph{one}.\n\n  Second.'])).toEqual(['First one.\n\nSecond.']);
  });

  test('returns each value of a batch in its place', () => {
    expect(decodeLatex(['{\\"a}', 'b', '\\o'])).toEqual(['ä', 'b', 'ø']);
  });
});
