import { describe, expect, test } from 'vitest';
import { fingerprintPaper } from '../../../src/lib/papers/identity.ts';

describe('fingerprintPaper', () => {
  test('returns eight hex digits', () => {
    expect(fingerprintPaper('T', ['A.'])).toMatch(/^[0-9a-f]{8}$/);
  });

  test.each([
    [['Title', ['Abstract.']], ['TITLE', ['abstract.']]],
    [['Title', ['Abstract  text.']], ['Title', ['Abstract text.']]],
    [['Caf\u00E9', []], ['Cafe\u0301', []]],
  ])('returns the same fingerprint when %j and %j differ only in case, spacing or normal form', (a, b) => {
    expect(fingerprintPaper(...(a as [string, string[]]))).toBe(fingerprintPaper(...(b as [string, string[]])));
  });

  test('returns different fingerprints when the abstracts differ', () => {
    expect(fingerprintPaper('T', ['One.'])).not.toBe(fingerprintPaper('T', ['Two.']));
  });
});
