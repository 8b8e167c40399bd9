import { describe, expect, test } from 'vitest';
import { keepUnknownCommands } from '../../../src/lib/sources/unknown-commands.ts';

const mark = (verbatim: string) => `[${verbatim}]`;

describe('keepUnknownCommands', () => {
  test.each([
    ['a \\toolname{} b', 'a [\\toolname{}] b'],
    ['\\foo{x}{y} z', '[\\foo{x}{y}] z'],
    ['\\emph{x} \\"o \\% \\ss', '\\emph{x} \\"o \\% \\ss'],
    ['{\\bf 98} {\\em x} \\LaTeX', '{\\bf 98} {\\em x} \\LaTeX'],
    ['\\textbf{\\ours}', '\\textbf{[\\ours]}'],
    ['\\noindent Text\\vspace{1em}.', 'Text.'],
    ['no commands', 'no commands'],
  ])('keeps what the decoder does not know in %j', (text, expected) => {
    expect(keepUnknownCommands(text, mark)).toBe(expected);
  });
});
