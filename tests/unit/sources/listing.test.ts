import { describe, expect, test } from 'vitest';
import { parseListing } from '../../../src/lib/sources/listing.ts';

const CHROME = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 14\n\n';

/** Parses and keeps only what the tests compare: titles, abstracts, lines and dates. */
function parse(text: string) {
  const { records, diagnostics } = parseListing(text, 'content/sources/x.txt');
  return {
    records: records.map((r) => ({ title: r.title, abstract: r.abstract, line: r.line, listed: r.listed })),
    diagnostics,
  };
}

describe('parseListing', () => {
  test('returns each title with its abstract and the listing date when the file starts with page chrome', () => {
    const { records, diagnostics } = parse(`${CHROME}Paper A\n\nAbstract of A.\n\nPaper B\n\nAbstract of B.\n`);
    expect(records).toEqual([
      { title: 'Paper A', abstract: ['Abstract of A.'], line: 11, listed: 'Mar 14' },
      { title: 'Paper B', abstract: ['Abstract of B.'], line: 15, listed: 'Mar 14' },
    ]);
    expect(diagnostics).toEqual([]);
  });

  test.each([
    ['March 14, 2024'],
    ['14 March 2024'],
    ['2024-03-14'],
    ['Thursday, Mar 14'],
    ['Sep 3rd'],
  ])('returns the date as written when the chrome ends in the date line %j', (date) => {
    const { records } = parse(`Subscribe\n\n${date}\n\nPaper A\n\nAbstract of A.\n`);
    expect(records.map((r) => [r.title, r.listed])).toEqual([['Paper A', date]]);
  });

  test('returns every paper without a date when the file has no chrome', () => {
    const { records } = parse('Paper A\n\nAbstract of A.\n\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.listed])).toEqual([['Paper A', undefined], ['Paper B', undefined]]);
  });

  test('returns the papers before a date line as papers when they come before any chrome', () => {
    const { records } = parse('Paper A\n\nShort abstract.\n\nMar 14\n\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.listed])).toEqual([['Paper A', undefined], ['Paper B', 'Mar 14']]);
    expect(records[0]!.abstract).toEqual(['Short abstract.']);
  });

  test('returns a paper titled like a chrome line when it is in the middle of the file', () => {
    const { records } = parse(`${CHROME}Paper A\n\nAbstract of A.\n\nSubscribe\n\nA paper called Subscribe.\n`);
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', ['Abstract of A.']], ['Subscribe', ['A paper called Subscribe.']]]);
  });

  test('returns the first line as the title when no blank line separates title and abstract', () => {
    const { records } = parse('Paper A\nAbstract of A,\nsecond line.\n\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', ['Abstract of A, second line.']], ['Paper B', ['Abstract of B.']]]);
  });

  test('returns an empty abstract and a warning when a title is directly followed by another paper', () => {
    const { records, diagnostics } = parse('Paper A\n\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', []], ['Paper B', ['Abstract of B.']]]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'content/sources/x.txt', line: 1, severity: 'warning', rule: 'listing-no-abstract' })]);
  });

  test('returns an empty abstract when the paper before it ends in a URL instead of a full stop', () => {
    const { records } = parse('Paper A\n\nPaper B\n\nAbstract of B. Code: https://github.com/a/b\n');
    expect(records.map((r) => [r.title, r.abstract.length])).toEqual([['Paper A', 0], ['Paper B', 1]]);
  });

  test('returns a title without abstract when it is the last line of the file', () => {
    const { records, diagnostics } = parse('Paper A\n\nAbstract of A.\n\nPaper B');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', ['Abstract of A.']], ['Paper B', []]]);
    expect(diagnostics.map((d) => d.line)).toEqual([5]);
  });

  test.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['LF', '\n'],
    ['U+2028', '\u2028'],
    ['NEL', '\u0085'],
  ])('returns the same records and lines when lines end with %s', (_, eol) => {
    const text = `${CHROME}Paper A\n\nAbstract of A.\n\nPaper B\n\nAbstract of B.\n`.replaceAll('\n', eol);
    expect(parse(text)).toEqual(parse(`${CHROME}Paper A\n\nAbstract of A.\n\nPaper B\n\nAbstract of B.\n`));
  });

  test('returns tabs folded into spaces when titles and abstracts contain tabs', () => {
    const { records } = parse('\tPaper\tA \n\nAbstract\t\tof A.\n \t\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', ['Abstract of A.']], ['Paper B', ['Abstract of B.']]]);
  });

  test('returns every non-blank line in some record when the input is not a well-formed listing', () => {
    const text = 'a\nb\n\nc.\n\nd\n\ne\n\nf\ng.\n\nh';
    const { records } = parse(text);
    const words = records.flatMap((r) => [r.title, ...r.abstract]).join(' ').split(' ');
    expect(words.map((w) => w.replace('.', ''))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  test('returns each day\'s papers with their own date when date lines separate the days', () => {
    const { records, diagnostics } = parse(`${CHROME}Paper A\n\nAbstract of A.\n\nMar 13\n\nPaper B\n\nAbstract of B.\n\nMarch 12, 2024\n\nPaper C\n\nAbstract of C.\n`);
    expect(records.map((r) => [r.title, r.listed])).toEqual([['Paper A', 'Mar 14'], ['Paper B', 'Mar 13'], ['Paper C', 'March 12, 2024']]);
    expect(diagnostics).toEqual([]);
  });

  test('returns a date-like line as the abstract when it follows a title', () => {
    const { records } = parse(`${CHROME}Paper A\n\nMar 13\n`);
    expect(records).toEqual([{ title: 'Paper A', abstract: ['Mar 13'], line: 11, listed: 'Mar 14' }]);
  });

  test('returns every title with its own abstract when abstracts end without a full stop and one paper has none', () => {
    const long = (end: string) => `We propose a method for learning from few labels. On three benchmarks, and with ablations of every part, we show that it improves over strong baselines while using less compute; the gains hold across model sizes and data regimes, and they grow with the length of the input sequences that the model is asked to handle ${end}`;
    const text = `${CHROME}Paper A\n\nPaper B\n\n${long('with $O(n \\log n)$')}\n\nPaper C\n\n${long('at scale \\\\')}\n\nPaper D\n\n${long('(code: github.com/a/d)')}\n`;
    const { records, diagnostics } = parse(text);
    expect(records.map((r) => [r.title, r.abstract.length])).toEqual([['Paper A', 0], ['Paper B', 1], ['Paper C', 1], ['Paper D', 1]]);
    expect(records[1]!.abstract[0]).toMatch(/\$O\(n \\log n\)\$$/);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['listing-no-abstract', 11]]);
  });

  test('returns the paper after a title ending with a full stop as its own paper when the title before it has no abstract', () => {
    const abstract = 'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. The best performing models also connect the encoder and decoder through an attention mechanism. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.';
    const { records, diagnostics } = parse(`Paper A\n\nAttention Is All You Need.\n\n${abstract}\n`);
    expect(records.map((r) => [r.title, r.abstract.length])).toEqual([['Paper A', 0], ['Attention Is All You Need.', 1]]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, rule: 'listing-no-abstract' })]);
  });

  test('returns a warning at the line where the pairing was unsure, saying what it read and how to make it certain', () => {
    const { records, diagnostics } = parse('Paper A\n\nPaper B\n\nPaper C\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', ['Paper B']], ['Paper C', []]]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 3, severity: 'warning', rule: 'listing-unsure-pairing', message: expect.stringMatching(/read "Paper B" as the abstract of "Paper A".*blank line.*heading per paper/) }),
      expect.objectContaining({ line: 5, rule: 'listing-no-abstract' }),
    ]);
  });

  test('returns titles without abstracts, not one title as the abstract of the other, when two papers in a row have none', () => {
    const abstract = 'We propose a robust demodulation scheme for optical camera communication systems using an event-based vision sensor, combining OOK with toggle demodulation and a digital phase-locked loop. This is the first report to achieve a low bit error rate at 200m-60kbps and 400m-30kbps in outdoor experiments.';
    const text = `Paper A\n\n${abstract}\n\nIdentity-GRPO: Optimizing Multi-Human Identity-preserving Video Generation\n\nMatchAttention: Matching the Relative Positions for High-Resolution Cross-View Matching\n\nPaper D\n\n${abstract}\n`;
    expect(parse(text).records.map((r) => [r.title.slice(0, 14), r.abstract.length])).toEqual([['Paper A', 1], ['Identity-GRPO:', 0], ['MatchAttention', 0], ['Paper D', 1]]);
  });

  test('returns one title when a title is wrapped over two lines before its abstract', () => {
    const { records } = parse('Mask is All You Need:\nRethinking Mask R-CNN for Dense and Arbitrary-Shaped Scene Text Detection\n\nDue to the large success in object detection and instance segmentation, Mask R-CNN attracts great attention.\n\nPaper B\n\nAbstract of B.\n');
    expect(records.map((r) => [r.title, r.abstract.length])).toEqual([['Mask is All You Need: Rethinking Mask R-CNN for Dense and Arbitrary-Shaped Scene Text Detection', 1], ['Paper B', 1]]);
  });

  test('returns no records when the file is empty or blank', () => {
    expect(parse('').records).toEqual([]);
    expect(parse(' \n\t\r\n\n').records).toEqual([]);
  });
});
