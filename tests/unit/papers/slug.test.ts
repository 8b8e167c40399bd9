import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_SLUG_BYTES, slugifyTitle, truncateSlug } from '../../../src/lib/papers/slug.ts';

const bytes = (s: string) => new TextEncoder().encode(s).length;
/** Letters, marks and digits in hyphen-joined words: no '/', '.', controls or spaces. */
const SLUG_SHAPE = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;

describe('slugifyTitle', () => {
  test.each([
    ['Attention Is All You Need', 'attention-is-all-you-need'],
    ['Café, Über & Straße', 'cafe-uber-strasse'],
    ['  --Leading and trailing--  ', 'leading-and-trailing'],
    ['a\u200Bb\u202Ec\u2066d', 'abcd'],
    ['ﬁne-tuning', 'fine-tuning'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\con\\nul', 'c-con-nul'],
  ])('returns %j as %j', (title, slug) => expect(slugifyTitle(title)).toBe(slug));

  test.each([
    ['中文标题：大模型', '中文标题-大模型'],
    ['عنوان عربي', 'عنوان-عربي'],
    ['כותרת בעברית', 'כותרת-בעברית'],
    ['हिन्दी भाषा', 'हिन्दी-भाषा'],
    ['한국어 제목', '한국어-제목'],
  ])('returns a readable non-empty slug when the title %j is not in Latin script', (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });

  test.each(['index', 'Search', '404', 'CON', 'nul', 'Aux', 'LPT1', 'pagefind'])(
    'returns the name with -paper when the title %j is a reserved name',
    (title) => expect(slugifyTitle(title)).toBe(`${title.toLowerCase()}-paper`),
  );

  test.each([['ΟΔΟΣ', 'οδοσ'], ['STRASSE', 'straße'], ['ẞ', 'ss'], ['ISTANBUL', 'ıstanbul']])(
    'returns one slug for %j and %j when a case-insensitive file system would treat them as one name',
    (a, b) => expect(slugifyTitle(a)).toBe(slugifyTitle(b)),
  );

  test.each(['', '   ', '!!! ???', '\u200B\u200D', '\u3164', '\u0301\u0302'])('returns an empty string when the title %j has no visible letter or digit', (title) => {
    expect(slugifyTitle(title)).toBe('');
  });

  test('returns at most MAX_SLUG_BYTES bytes cut at a hyphen when the title is long', () => {
    const slug = slugifyTitle('word '.repeat(100));
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toMatch(/^(?:word-)*word$/);
  });

  test('returns a URL-safe, bounded, visible slug when the title is any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const slug = slugifyTitle(title);
        if (slug === '') return;
        expect(slug).toMatch(SLUG_SHAPE);
        expect(slug).not.toMatch(/\p{Default_Ignorable_Code_Point}|\p{Cc}|--/u);
        expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
        expect(slug).toBe(slug.normalize('NFC'));
        expect(slug).toBe(slug.toLowerCase().toUpperCase().toLowerCase().normalize('NFC'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('truncateSlug', () => {
  test.each([
    ['短い', 80],
    ['é', 79],
    ['😀', 78],
    ['हि', 80],
  ])('returns whole repetitions of %j, never part of a character, when cut to %d bytes', (unit, max) => {
    const slug = unit.repeat(40);
    const cut = truncateSlug(slug, max);
    expect(bytes(cut)).toBeLessThanOrEqual(max);
    expect(cut).toBe(unit.repeat(cut.length / unit.length));
    expect(cut.length).toBeGreaterThan(0);
  });

  test('returns the slug unchanged when it already fits', () => {
    expect(truncateSlug('short-slug', 80)).toBe('short-slug');
  });
});
