import { describe, expect, test } from 'vitest';
import { compatibleNames, parsePersonName, sameGivenName } from '../../../src/lib/people/person-name.ts';

const key = (name: string) => parsePersonName(name).key;

describe('parsePersonName', () => {
  test.each([
    ['Given Family', 'Jürgen Müller', 'muller|jurgen'],
    ['Family, Given', 'Müller, Jürgen', 'muller|jurgen'],
    ['accents left out', 'Jurgen Muller', 'muller|jurgen'],
    ['TeX accents', 'J{\\"u}rgen M\\"{u}ller', 'muller|jurgen'],
    ['HTML entities', 'J&uuml;rgen M&#252;ller', 'muller|jurgen'],
    ['decomposed accents (not NFC)', 'Ju\u0308rgen Mu\u0308ller', 'muller|jurgen'],
    ['TeX letters without a base letter', 'S{\\o}ren Kierkeg{\\aa}rd', 'kierkegard|soren'],
    ['initials with full stops', 'J. Müller', 'muller|j.'],
    ['initials without full stops', 'J Müller', 'muller|j.'],
    ['two initials run together', 'Smith, J.R.', 'smith|j. r.'],
    ['a hyphenated given name', 'Jean-Pierre Serre', 'serre|jean pierre'],
    ['hyphenated initials', 'J.-P. Serre', 'serre|j. p.'],
    ['an abbreviated given name', 'Th. Müller', 'muller|th.'],
    ['particles in Given van der Family', 'Jan van der Berg', 'vanderberg|jan'],
    ['particles in van der Family, Given', 'van der Berg, Jan', 'vanderberg|jan'],
    ['particles written after the given name', 'Berg, Jan van der', 'vanderberg|jan'],
    ['a capitalised particle', 'Bart De Moor', 'demoor|bart'],
    ['a suffix after the family name', 'Martin Luther King Jr.', 'king|martin luther'],
    ['a suffix in Family, Jr., Given', 'King, Jr., Martin Luther', 'king|martin luther'],
    ['a suffix after a comma', 'Martin Luther King, Jr.', 'king|martin luther'],
    ['an apostrophe in the family name', "Sinéad O'Connor", 'oconnor|sinead'],
  ])('reads %s', (_, name, expected) => {
    expect(key(name)).toBe(expected);
  });

  test.each([
    ['a braced BibTeX name', '{OpenAI}'],
    ['one word', 'DeepMind'],
    ['a collaboration', 'The ATLAS Collaboration'],
    ['a consortium', 'Human Genome Sequencing Consortium'],
    ['a team', 'Gemini Team'],
  ])('keeps %s literal', (_, name) => {
    expect(parsePersonName(name).literal).toBe(true);
  });

  test('gives an organisation the same key however it is spelled', () => {
    expect(key('{The ATLAS Collaboration}')).toBe(key('The ATLAS collaboration'));
  });
});

describe('sameGivenName', () => {
  test.each([
    ['john', 'john', true],
    ['j.', 'john', true],
    ['john', 'j.', true],
    ['th.', 'thomas', true],
    ['j.', 'j.', true],
    ['john', 'jane', false],
    ['th.', 'tim', false],
    ['jo', 'john', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameGivenName(a, b)).toBe(expected);
  });
});

describe('compatibleNames', () => {
  const compatible = (a: string, b: string) => compatibleNames(parsePersonName(a), parsePersonName(b));
  test.each([
    ['an initial and the full name', 'J. Smith', 'John Smith', true],
    ['both orders', 'Smith, John', 'John Smith', true],
    ['a middle name on one side only', 'John Smith', 'John Quincy Smith', true],
    ['initials and full names part by part', 'J. Q. Smith', 'John Quincy Smith', true],
    ['different first names', 'John Smith', 'Jane Smith', false],
    ['different middle initials', 'J. Q. Smith', 'John R. Smith', false],
    ['different family names', 'John Smith', 'John Smyth', false],
    ['a family name with and without particles', 'Jan van der Berg', 'Jan Berg', false],
    ['an organisation and a person', 'Gemini Team', 'G. Team', false],
  ])('%s: %s / %s → %s', (_, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
  });
});
