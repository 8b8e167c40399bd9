import { describe, expect, test } from 'vitest';
import { paperDate, parseFullDate, sortNewestFirst } from '../../../src/lib/feeds/paper-date.ts';

describe('parseFullDate', () => {
  test.each([
    ['2024-03-14', '2024-03-14'],
    ['March 14, 2024', '2024-03-14'],
    ['Mar. 4 2024', '2024-03-04'],
    ['14 March 2024', '2024-03-14'],
    ['Thursday, 14th Mar 2024', '2024-03-14'],
    ['Mar 14', undefined],
    ['2024-02-30', undefined],
    ['Smarch 14, 2024', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (text, iso) => {
    expect(parseFullDate(text)).toBe(iso);
  });
});

describe('paperDate', () => {
  test('prefers an explicit date over the listing date', () => {
    expect(paperDate({ date: '2023-01-02', listed: '2024-03-14' })).toBe('2023-01-02');
    expect(paperDate({ listed: '2024-03-14' })).toBe('2024-03-14');
  });

  test('returns a partial date as the source gave it, and sorts it as its first day', () => {
    expect(paperDate({ date: '2024-03', listed: 'Mar 14' })).toBe('2024-03');
    expect(sortNewestFirst(['2024', '2024-02-10', '2023-12'], (d) => d)).toEqual(['2024-02-10', '2024', '2023-12']);
  });
});

describe('sortNewestFirst', () => {
  test('returns dated items newest first, then undated ones in the order given', () => {
    const items = ['u1', '2023-01-01', 'u2', '2024-05-01', '2023-06-01'];
    const dateOf = (s: string) => (s.startsWith('u') ? undefined : s);
    expect(sortNewestFirst(items, dateOf)).toEqual(['2024-05-01', '2023-06-01', '2023-01-01', 'u1', 'u2']);
  });
});
