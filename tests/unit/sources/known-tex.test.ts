import { describe, expect, test } from 'vitest';
import { EM_CLOSE, EM_OPEN, STRONG_CLOSE, STRONG_OPEN } from '../../../src/lib/papers/abstract-markup.ts';
import { decodeKnownTex, decodeKnownTexInRecords } from '../../../src/lib/sources/known-tex.ts';

describe('decodeKnownTex', () => {
  test.each([
    ['We introduce \\textbf{PSepT} (\\textit{Polar} transform)', 'We introduce PSepT (Polar transform)'],
    ['a 32\\% drop and R\\&D', 'a 32% drop and R&D'],
    ['M\\"uller, Koll\\\'ar, {\\"o}, \\v{s}, \\ss{}', 'Müller, Kollár, ö, š, ß'],
    ['as in \\cite{a,b} by Smith \\etal.', 'as in [a, b] by Smith et al.'],
    ['page at $\\href{https://x.org/p}{here}$.', 'page at here (https://x.org/p).'],
    ['C:\\path\\to %s \\n', 'C:\\path\\to %s \\n'],
    ['~~strike~~ and ~30% and a -- b --- c', '~~strike~~ and ~30% and a -- b --- c'],
    ["``TeX quotes'' and \\frac{a}{b}", "``TeX quotes'' and \\frac{a}{b}"],
    ['the {\\Delta}Energy score, {\\alpha}-blending, 0{\\deg} and {\\ours}', 'the ΔEnergy score, α-blending, 0{\\deg} and {\\ours}'],
    ['$\\textbf{X}$: math stays, \\toolname{} too', '$\\textbf{X}$: math stays, \\toolname{} too'],
    ['<SOG_k>: One Token', '<SOG_k>: One Token'],
  ])('decodes only unmistakable TeX in %j', (value, expected) => {
    expect(decodeKnownTex([value])).toEqual([expected]);
  });

  test('keeps emphasis as markup when asked', () => {
    expect(decodeKnownTex(['\\emph{x} and \\textbf{y}'], true)).toEqual([`${EM_OPEN}x${EM_CLOSE} and ${STRONG_OPEN}y${STRONG_CLOSE}`]);
  });
});

describe('decodeKnownTexInRecords', () => {
  test('decodes titles as text and abstracts with their emphasis, dropping markup characters the text already held', () => {
    const [record] = decodeKnownTexInRecords([{ title: '\\emph{A} title', abstract: [`one \\emph{x}${EM_OPEN}`, 'two 5\\%'], file: 'f.txt', line: 1 }]);
    expect(record).toEqual({ title: 'A title', abstract: [`one ${EM_OPEN}x${EM_CLOSE}`, 'two 5%'], file: 'f.txt', line: 1 });
  });
});
