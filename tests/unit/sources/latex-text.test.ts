import { describe, expect, test } from 'vitest';
import { cleanMarkedParagraphs as cleanParagraphs } from '../../../src/lib/papers/clean-text.ts';
import { decodeLatex, decodeLatexMarkup } from '../../../src/lib/sources/latex-text.ts';

/** Shows the abstract markup characters as readable tags. */
const shown = (text: string) => cleanParagraphs(text).join(' | ').replace(/[\uE010-\uE015]/g, (c) => ['<em>', '</em>', '<strong>', '</strong>', '<li>', '<li#>'][c.charCodeAt(0) - 0xe010]!);

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
    ['Gr\\"obner bases, after Koll\\\'ar', 'Gröbner bases, after Kollár'],
    ['as shown in~\\cite{vaswani2017,devlin2019}', 'as shown in\u00A0[vaswani2017, devlin2019]'],
    ['see\\citep[p.~3]{kingma2014} and \\citet*{he2016}', 'see [kingma2014] and [he2016]'],
    ['Brown \\etal{} and Smith \\etal. found', 'Brown et al. and Smith et al. found'],
    ['\\underline{S}elf-\\underline{A}ttention', 'Self-Attention'],
    ['\\underline{\\textbf{S}}elf', 'Self'],
    ['Fig.~2', 'Fig.\u00A02'],
    ['The project page is $\\href{https://guangyid.github.io/hoi123touch}{here}$.', 'The project page is here (https://guangyid.github.io/hoi123touch).'],
    ['Code at \\href{ https://x.org/a_b~c%20d}{https://x.org/a_b~c%20d} now', 'Code at https://x.org/a_b~c%20d now'],
    ['see $\\url{https://github.com/a/b_c}$', 'see https://github.com/a/b_c'],
    ['using only ~30% of the parameters, a 1% ~ 3% gain (~2x)', 'using only ~30% of the parameters, a 1% ~ 3% gain (~2x)'],
    ['we call it \\toolname{} and \\model, with \\foo{bar} inside \\textbf{\\ours}', 'we call it \\toolname{} and \\model, with \\foo{bar} inside \\ours'],
    ['saved in C:\\Users\\me', 'saved in C:\\Users\\me'],
    ['\\noindent We show \\vspace{2mm} it', 'We show it'],
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

  test('returns an environment it does not know as written, with its content decoded', () => {
    expect(decodeLatex(['\\begin{theorem}Every Gr\\"obner basis\\end{theorem}'])).toEqual(['\\begin{theorem}Every Gröbner basis\\end{theorem}']);
  });

  test('returns list items as bullets and numbers on one line', () => {
    expect(cleanParagraphs(decodeLatex(['We:\n\\begin{enumerate}\n\\item add $x$;\n\\item \\emph{drop} $y$.\n\\end{enumerate}'])[0]!)).toEqual(['We:', '1. add $x$; 2. drop $y$.']);
  });
});

describe('decodeLatexMarkup', () => {
  test.each([
    ['\\emph{deep} {\\em nets} \\textit{and} {\\bf 98} \\textbf{more}', '<em>deep nets and</em> <strong>98 more</strong>'],
    ['\\begin{itemize} \\item one \\item two \\end{itemize} after', '<li>one <li>two | after'],
    ['\\begin{enumerate}\\item[(i)] first \\item second\\end{enumerate}', '<li>(i) first <li#>second'],
    ['\\begin{description}\\item[Data] a set\\end{description}', '<li><strong>Data</strong> a set'],
    ['\\item outside a list', '\\item outside a list'],
  ])('returns %j with its emphasis and lists marked', (value, expected) => {
    expect(shown(decodeLatexMarkup([value])[0]!)).toBe(expected);
  });

  test('returns display environments as written, for the math renderer', () => {
    const value = 'Then\n\\begin{align*}\n a &= b \\\\\n c &= \\emph{d}\n\\end{align*}\nholds.';
    expect(shown(decodeLatexMarkup([value])[0]!)).toBe('Then \\begin{align*} a &= b \\\\ c &= \\emph{d} \\end{align*} holds.');
  });

  test.each([
    ["{'a': None} and {x}", "{'a': None} and {x}"],
    ['Gr{\\"o}bner {\\em x} \\"{o}', 'Gröbner <em>x</em> ö'],
    ['set } and {', 'set } and {'],
  ])('returns bare braces in %j as text when braces are text', (value, expected) => {
    expect(shown(decodeLatexMarkup([value], 'text')[0]!)).toBe(expected);
  });

  test('returns markup characters of the input dropped, so only the source markup marks text', () => {
    expect(decodeLatexMarkup(['a\uE010b\uE014c', 'x\uE011 \\o'])).toEqual(['abc', 'x ø']);
  });
});
