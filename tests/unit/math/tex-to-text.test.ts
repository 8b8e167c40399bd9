import { describe, expect, test } from 'vitest';
import { texToText, withReadableMath } from '../../../src/lib/math/tex-to-text.ts';

describe('texToText', () => {
  test.each([
    ['\\sigma', 'σ'],
    ['c(x,y) = \\|x-y\\|^2', 'c(x,y) = ‖x-y‖²'],
    ['\\mathcal{O}(n^2 \\log n)', 'O(n² log n)'],
    ['\\frac{1}{\\sqrt{n}}', '1/√n'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['x^{\\top} W_{ij}', 'xᵀ Wᵢⱼ'],
    ['\\mathbb{R}^d', 'ℝᵈ'],
    ['\\hat{x}_t', 'x̂ₜ'],
    ['\\{x_1,\\dots,x_n\\}', '{x₁,…,xₙ}'],
    ['\\operatorname{softmax}(QK^T/\\sqrt{d})', 'softmax(QKᵀ/√d)'],
    ['\\tilde{O}(d^{3/2})', 'Õ(d^(3/2))'],
    ['\\left( a \\leq b \\right)', '( a ≤ b )'],
    ['\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', 'a = b c = d'],
  ])('turns %s into %s', (tex, text) => {
    expect(texToText(tex)).toBe(text);
  });

  test('shows an unknown command by its name', () => {
    expect(texToText('\\softplus(x)')).toBe('softplus(x)');
  });
});

describe('withReadableMath', () => {
  test('replaces each formula and leaves the text around it as written', () => {
    expect(withReadableMath('A $\\sigma$-Schedule for \\(\\epsilon\\)-DP')).toBe('A σ-Schedule for ϵ-DP');
  });

  test('leaves prices and text without math alone', () => {
    expect(withReadableMath('costs $5 and $10 now')).toBe('costs $5 and $10 now');
    expect(withReadableMath('Plain words.')).toBe('Plain words.');
  });
});
