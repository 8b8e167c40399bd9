import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignSlugs, type SlugCandidate } from '../../../src/lib/papers/assign-slugs.ts';
import { MAX_SLUG_BYTES, slugifyTitle } from '../../../src/lib/papers/slug.ts';

const paper = (title: string, fingerprint: string): SlugCandidate => ({ title, fingerprint });
const fold = (s: string) => s.toLowerCase().toUpperCase().toLowerCase().normalize('NFC');

/** Titles from a tiny vocabulary, so that the same and almost-the-same titles are common. */
const titleArb = fc.oneof(
  fc.array(fc.constantFrom('Mask', 'mask', 'MASK!', 'index', 'Index paper', 'Straße', 'strasse', '中文', '😀', '', 'a1b2c3d4', 'x'.repeat(90)), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 12 }),
);
const paperArb = fc.record({ title: titleArb, fingerprint: fc.stringMatching(/^[0-9a-f]{8}$/) });

describe('assignSlugs', () => {
  test('returns the slugified title when no other paper has the same one', () => {
    expect(assignSlugs([paper('Paper A', '00000001'), paper('Paper B', '00000002')])).toEqual(['paper-a', 'paper-b']);
  });

  test('returns two slugs when two papers have the same title, the smaller fingerprint keeping the plain one', () => {
    expect(assignSlugs([paper('Same', 'bbbbbbbb'), paper('same!', 'aaaaaaaa')])).toEqual(['same--bbbbbbbb', 'same']);
  });

  test('returns distinct slugs in source order when the same paper is listed three times', () => {
    expect(assignSlugs([paper('Same', 'aaaaaaaa'), paper('Same', 'aaaaaaaa'), paper('Same', 'aaaaaaaa')])).toEqual(['same', 'same--aaaaaaaa', 'same--aaaaaaaa-2']);
  });

  test('returns paper-<fingerprint> when the title has no letter or digit', () => {
    expect(assignSlugs([paper('???', '0123abcd')])).toEqual(['paper-0123abcd']);
  });

  test('returns an unchanged slug for a duplicate when another title equals its suffixed slug', () => {
    const before = assignSlugs([paper('Mask', 'aaaaaaaa'), paper('Mask', 'bbbbbbbb')]);
    const after = assignSlugs([paper('Mask', 'aaaaaaaa'), paper('Mask', 'bbbbbbbb'), paper('Mask bbbbbbbb', 'cccccccc')]);
    expect(after.slice(0, 2)).toEqual(before);
    expect(new Set(after).size).toBe(3);
  });

  test('returns slugs within MAX_SLUG_BYTES when long titles get a suffix', () => {
    const title = '長'.repeat(40);
    for (const slug of assignSlugs([paper(title, 'aaaaaaaa'), paper(title, 'bbbbbbbb')])) {
      expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    }
  });

  test('returns unique, bounded slugs, also case-insensitively, when the titles are any mix', () => {
    fc.assert(
      fc.property(fc.array(paperArb, { maxLength: 20 }), (papers) => {
        const slugs = assignSlugs(papers);
        expect(new Set(slugs.map(fold)).size).toBe(papers.length);
        for (const slug of slugs) {
          expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
          expect(slug).toMatch(/^[\p{L}\p{M}\p{N}]+(?:--?[\p{L}\p{M}\p{N}]+)*$/u);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('returns the same slug for a paper when papers with other titles are added, removed or reordered', () => {
    fc.assert(
      fc.property(paperArb, fc.array(paperArb, { maxLength: 12 }), fc.array(paperArb, { maxLength: 12 }), fc.integer(), (own, before, extra, seed) => {
        const base = slugifyTitle(own.title) || `paper-${own.fingerprint}`;
        const others = (list: typeof before) => list.filter((p) => (slugifyTitle(p.title) || `paper-${p.fingerprint}`) !== base);
        const first = assignSlugs([...others(before), own]).at(-1);
        const shuffled = [...others(before), ...others(extra)].sort((a, b) => ((a.fingerprint + seed) < (b.fingerprint + seed) ? -1 : 1));
        const second = assignSlugs([own, ...shuffled])[0];
        expect(second).toBe(first);
      }),
      { numRuns: 500 },
    );
  });

  test('returns the same slugs, paper by paper, when the papers are reordered', () => {
    fc.assert(
      fc.property(fc.uniqueArray(paperArb, { maxLength: 15, selector: (p) => p.fingerprint }), (papers) => {
        const slugs = assignSlugs(papers);
        const reversed = assignSlugs([...papers].reverse()).reverse();
        expect(reversed).toEqual(slugs);
      }),
      { numRuns: 300 },
    );
  });
});
