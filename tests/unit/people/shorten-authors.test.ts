import { describe, expect, test } from 'vitest';
import { shortenAuthors } from '../../../src/lib/people/shorten-authors.ts';

const names = (list: string) => list.split('').map((name) => ({ name, highlight: name === name.toUpperCase() }));
const shown = (list: string, limit?: number) =>
  shortenAuthors(names(list), limit).map((a) => `${a.gap ? '…' : ''}${a.name}${a.last ? '.' : ''}`).join(' ');

describe('shortenAuthors', () => {
  test.each([
    ['every author without a limit', 'abcdef', undefined, 'a b c d e f.'],
    ['the first three of six', 'abcdef', 3, 'a b c'],
    ['four authors in full, as one more name beats "et al."', 'abcd', 3, 'a b c d.'],
    ['a highlighted author further down, after a gap', 'abcdEfg', 3, 'a b c …E'],
    ['a highlighted last author, marked last', 'abcdefG', 3, 'a b c …G.'],
  ])('returns %s', (_, list, limit, expected) => {
    expect(shown(list, limit)).toBe(expected);
  });
});
