import { describe, expect, test } from 'vitest';
import { fingerprintPaper, isPreprintDoi } from '../../../src/lib/papers/identity.ts';

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

describe('isPreprintDoi', () => {
  test.each([
    ['10.1101/142760', true],
    ['10.1101/2020.03.22.002386', true],
    ['10.48550/arXiv.1706.03762', true],
    ['10.2139/ssrn.3312874', true],
    ['10.21203/rs.3.rs-123456/v1', true],
    ['10.20944/preprints202003.0001.v1', true],
    ['10.31234/osf.io/abcd1', true],
    ['10.1098/rsif.2017.0387', false],
    ['10.1101/gr.229102.117', false],
    ['10.1038/nature14539', false],
    [undefined, false],
  ])('returns for %s: %s', (doi, expected) => {
    expect(isPreprintDoi(doi)).toBe(expected);
  });
});
