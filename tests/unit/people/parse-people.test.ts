import { describe, expect, test } from 'vitest';
import { parsePeople } from '../../../src/lib/people/parse-people.ts';

const parse = (text: string) => parsePeople(text, 'content/people.yaml');

describe('parsePeople', () => {
  test('returns entries with defaults and their lines', () => {
    const { entries, diagnostics } = parse('people:\n  - name: Jürgen Müller\n    aliases: [J. Müller]\n    highlight: true\n  - name: Jane Doe\n    orcid: 0000-0002-1825-009X\n');
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { name: 'Jürgen Müller', aliases: ['J. Müller'], highlight: true, line: 2 },
      { name: 'Jane Doe', aliases: [], highlight: false, orcid: '0000-0002-1825-009X', line: 5 },
    ]);
  });

  test('returns nothing and no problem for an empty file', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [] });
  });

  test.each([
    ['a YAML syntax error', 'people:\n  - name: A\n    aliases: [B\n  - name: C\n', 'people-yaml', 4, /Fix the YAML syntax/],
    ['no list', 'people: 3\n', 'people-shape', 1, /Expected a list under "people:"/],
    ['an entry without a name', 'people:\n  - name: A\n  - aliases: [B]\n', 'people-invalid', 3, /"name"/],
    ['a homepage that is no address', 'people:\n  - name: A\n    homepage: example.org\n', 'people-invalid', 2, /"homepage": Use a full http\(s\) address/],
    ['a malformed ORCID iD', 'people:\n  - name: A\n    orcid: 1234-5678\n', 'people-invalid', 2, /"orcid": Write the ORCID iD/],
    ['an unknown field', 'people:\n  - name: A\n    hightlight: true\n', 'people-invalid', 2, /hightlight/],
  ])('reports %s at its line, saying how to fix it', (_, text, rule, line, message) => {
    const { diagnostics } = parse(text);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'content/people.yaml', line, rule, severity: 'error', message: expect.stringMatching(message) })]);
    expect(diagnostics[0]!.message).toMatch(/README section "People"|YAML syntax/);
  });
});
