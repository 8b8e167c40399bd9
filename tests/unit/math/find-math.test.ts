import { describe, expect, test } from 'vitest';
import { findMath } from '../../../src/lib/math/find-math.ts';

const tex = (text: string) => findMath(text).map((s) => [s.tex, s.display]);

describe('findMath', () => {
  test.each([
    ['a $x^2$ b', [['x^2', false]]],
    ['$2^n$ states', [['2^n', false]]],
    ['$$\\int f$$', [['\\int f', true]]],
    ['\\(a+b\\) and \\[E=mc^2\\]', [['a+b', false], ['E=mc^2', true]]],
    ['$a$ and $b$', [['a', false], ['b', false]]],
    ['$\\alpha$-stable', [['\\alpha', false]]],
    ['with $ x $ inner spaces', [['x', false]]],
    ['A stray $ sign, then the rest of the sentence and $x$ later', [['x', false]]],
    ['and $ \\mathcal{O}(n \\log n) $ time', [['\\mathcal{O}(n \\log n)', false]]],
    ['\\( x \\) too', [[' x ', false]]],
    ['$\\mathcal{L}_{\\text{total loss of the model}}$', [['\\mathcal{L}_{\\text{total loss of the model}}', false]]],
    ['\\begin{equation} E = mc^2 \\label{eq:e} \\end{equation}', [['E = mc^2', true]]],
    ['\\begin{align*} a &= b \\\\ c &= d \\end{align*}', [['\\begin{aligned}a &= b \\\\ c &= d\\end{aligned}', true]]],
    ['\\begin{gather} a \\\\ b \\end{gather}', [['\\begin{gathered}a \\\\ b\\end{gathered}', true]]],
    ['\\begin{eqnarray} a &=& b \\nonumber \\end{eqnarray}', [['\\begin{array}{rcl}a &=& b\\end{array}', true]]],
    ['\\begin{alignat}{2} a &= b & c &= d \\end{alignat}', [['\\begin{alignedat}{2}a &= b & c &= d\\end{alignedat}', true]]],
  ])('returns the math in %j', (text, expected) => {
    expect(tex(text)).toEqual(expected);
  });

  test.each([
    'It costs $5 to $10 per run.',
    'Between $5-$10.',
    'Prices $5, $10 and $20.',
    'An escaped \\$x\\$ stays text.',
    'A lone $ sign.',
    '$ x$ needs a non-space after the opening dollar.',
    '$$ unclosed display',
    '$x\n\ny$ spans a paragraph break',
    '\\(unclosed',
    'We save $5 per run and the model keeps x$ in memory.',
    '$ 5 and $ 10 are prices with spaces.',
    '\\begin{align*} never closed',
    '\\begin{tabular}{cc} a & b \\end{tabular}',
  ])('returns no math in %j', (text) => {
    expect(findMath(text)).toEqual([]);
  });

  test('returns spans whose start and end enclose the delimiters', () => {
    const text = 'see $x$ and \\[y\\]';
    expect(findMath(text).map((s) => text.slice(s.start, s.end))).toEqual(['$x$', '\\[y\\]']);
  });
});
