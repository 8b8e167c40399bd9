import { describe, expect, test } from 'vitest';
import { cleanInline, cleanParagraphs, foldWhitespace, normalizeNewlines, stripControls } from '../../../src/lib/papers/clean-text.ts';

describe('normalizeNewlines', () => {
  test.each([['a\r\nb', 'a\nb'], ['a\rb', 'a\nb'], ['a\u2028b\u2029c\u0085d', 'a\nb\nc\nd'], ['a\r\r\nb', 'a\n\nb']])(
    'returns %j with \\n line ends as %j',
    (text, expected) => expect(normalizeNewlines(text)).toBe(expected),
  );
});

describe('stripControls', () => {
  test.each([
    ['a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg', 'abcdefg'],
    ['lone \uD800 high and \uDC00 low', 'lone  high and  low'],
    ['keeps 😀 pairs', 'keeps 😀 pairs'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['zero\u200Bwidth \u202Ebidi', 'zero\u200Bwidth \u202Ebidi'],
    ['e\u0301', '\u00E9'],
    ['\uFFFE\uFFFF', ''],
  ])('returns %j as %j', (text, expected) => expect(stripControls(text)).toBe(expected));
});

describe('foldWhitespace', () => {
  test('returns one space for any run of white space when the text has tabs, newlines and no-break spaces', () => {
    expect(foldWhitespace(' \ta\u00A0\u00A0b\n\nc\u3000 ')).toBe('a b c');
  });
});

describe('cleanInline', () => {
  test('returns one clean line when the title spans lines with controls', () => {
    expect(cleanInline('  A\r\ntitle\u0007 with\ttabs\u2028here ')).toBe('A title with tabs here');
  });
});

describe('cleanParagraphs', () => {
  test.each([
    ['One\nline.\n\nTwo.', ['One line.', 'Two.']],
    ['One.\r\n\r\nTwo.', ['One.', 'Two.']],
    ['One.\n \t \nTwo.', ['One.', 'Two.']],
    ['One.\u2029\u2029Two.', ['One.', 'Two.']],
    ['\n\n\u0000\n\n', []],
    ['', []],
  ])('returns %j as the paragraphs %j', (text, expected) => expect(cleanParagraphs(text)).toEqual(expected));
});
