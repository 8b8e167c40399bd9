import { describe, expect, test } from 'vitest';
import { paperPath, withBase } from '../../src/lib/urls.ts';

describe('withBase', () => {
  test.each([
    ['/', 'papers/a/', '/papers/a/'],
    ['/x/', 'papers/a/', '/x/papers/a/'],
    ['/x', 'papers/a/', '/x/papers/a/'],
    ['/x//', 'papers/a/', '/x/papers/a/'],
    ['/x/', '/papers/a/', '/x/papers/a/'],
    ['/x/', '//papers/a/', '/x/papers/a/'],
    ['/x/', '', '/x/'],
    ['/', '', '/'],
    ['', 'a', '/a'],
  ])('joins %j and %j with one slash: %j', (base, path, joined) => {
    expect(withBase(base, path)).toBe(joined);
  });

  test('paper paths are encoded, then joined', () => {
    expect(withBase('/lab/', paperPath('a b'))).toBe('/lab/papers/a%20b/');
  });
});
