import { describe, expect, test } from 'vitest';
import { groupAuthors, type AuthoredPaper } from '../../../src/lib/people/group-authors.ts';
import type { PersonEntry } from '../../../src/lib/people/people-schema.ts';

/** Papers `p1`, `p2`, ... with the given author lists, from one listing. */
const papers = (...lists: string[][]): AuthoredPaper[] => lists.map((authors, i) => ({ slug: `p${i + 1}`, authors, source: { file: 'content/sources/a.bib', line: 10 * (i + 1) } }));

/** People as `name: papers`, sorted by name. */
const summary = (input: AuthoredPaper[], entries: PersonEntry[] = []) =>
  groupAuthors(input, entries).people.map((p) => `${p.name}: ${p.papers.join(' ')}`).sort();

const entry = (name: string, more: Partial<PersonEntry> = {}): PersonEntry => ({ name, aliases: [], highlight: false, line: 3, ...more });

describe('groupAuthors', () => {
  test.each([
    ['an initial with the full name', [['John Smith'], ['J. Smith']], ['John Smith: p1 p2']],
    ['accented and unaccented spellings', [['Jürgen Müller'], ['Jurgen Muller'], ['Müller, J.']], ['Jürgen Müller: p1 p2 p3']],
    ['both name orders', [['Smith, John'], ['John Smith']], ['Smith, John: p1 p2']],
    ['particles in either order', [['Jan van der Berg'], ['van der Berg, J.']], ['Jan van der Berg: p1 p2']],
    ['a middle name and its initial', [['John Quincy Adams'], ['John Q. Adams'], ['J. Adams']], ['John Quincy Adams: p1 p2 p3']],
    ['an organisation spelled with braces', [['{OpenAI}'], ['OpenAI']], ['{OpenAI}: p1 p2']],
  ])('merges %s', (_, lists, expected) => {
    expect(summary(papers(...lists))).toEqual(expected);
  });

  test.each([
    ['different first names', [['John Smith'], ['Jane Smith']], ['Jane Smith: p2', 'John Smith: p1']],
    ['different middle initials', [['John R. Smith'], ['J. Q. Smith']], ['J. Q. Smith: p2', 'John R. Smith: p1']],
    ['a family name with and without its particles', [['Jan van der Berg'], ['Jan Berg']], ['Jan Berg: p2', 'Jan van der Berg: p1']],
    ['two spellings that are co-authors of one paper', [['John Smith', 'J. Smith']], ['J. Smith: p1', 'John Smith: p1']],
    ['an organisation and a person of the same words', [['Gemini Team'], ['G. Team']], ['G. Team: p2', 'Gemini Team: p1']],
  ])('keeps apart %s', (_, lists, expected) => {
    expect(summary(papers(...lists))).toEqual(expected);
  });

  test('never reads a name the source marks as an organisation as a person', () => {
    const input: AuthoredPaper[] = [
      { slug: 'p1', authors: ['Open Science Team'], organizations: ['Open Science Team'], source: { file: 'a.json', line: 1 } },
      { slug: 'p2', authors: ['Open Science', 'O. Science'], source: { file: 'a.json', line: 2 } },
      { slug: 'p3', authors: ['Dask Development'], organizations: ['Dask Development'], source: { file: 'a.json', line: 3 } },
      { slug: 'p4', authors: ['D. Development'], source: { file: 'a.json', line: 4 } },
    ];
    expect(summary(input)).toEqual(['D. Development: p4', 'Dask Development: p3', 'O. Science: p2', 'Open Science Team: p1', 'Open Science: p2']);
  });

  test('keeps an initial that fits two people apart and reports it at its first paper', () => {
    const result = groupAuthors(papers(['John Smith'], ['Jane Smith'], ['J. Smith']));
    expect(result.people.map((p) => p.name).sort()).toEqual(['J. Smith', 'Jane Smith', 'John Smith']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ file: 'content/sources/a.bib', line: 30, severity: 'info', rule: 'author-ambiguous', message: expect.stringMatching(/^"J\. Smith" could be "Jane Smith" or "John Smith".*aliases.*content\/people\.yaml/) }),
    ]);
  });

  test('lets people.yaml settle an ambiguous initial through an alias', () => {
    const input = papers(['John Smith'], ['Jane Smith'], ['J. Smith']);
    expect(summary(input, [entry('John Smith', { aliases: ['J. Smith'] })])).toEqual(['Jane Smith: p2', 'John Smith: p1 p3']);
  });

  test('lets people.yaml join spellings that rules never would, and gives the page its name and details', () => {
    const result = groupAuthors(papers(['Jane Roe'], ['Jane Doe']), [entry('Jane Doe', { aliases: ['Jane Roe'], highlight: true, homepage: 'https://example.org/jane', orcid: '0000-0002-1825-0097' })]);
    expect(result.people).toEqual([{ slug: 'jane-doe', name: 'Jane Doe', names: ['Jane Doe', 'Jane Roe'], papers: ['p1', 'p2'], highlight: true, homepage: 'https://example.org/jane', orcid: '0000-0002-1825-0097' }]);
  });

  test('merges a spelling not in people.yaml with a person whose aliases include another family name', () => {
    const input = papers(['Jane Roe'], ['Jane Doe'], ['J. Doe'], ['J. Roe']);
    expect(summary(input, [entry('Jane Doe', { aliases: ['Jane Roe'] })])).toEqual(['Jane Doe: p1 p2 p3 p4']);
  });

  test('warns at its line about a people.yaml entry that no paper names', () => {
    const result = groupAuthors(papers(['John Smith']), [entry('Jon Smyth', { line: 4 })]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'content/people.yaml', line: 4, severity: 'warning', rule: 'people-unused', message: expect.stringContaining('"Jon Smyth"') })]);
    expect(result.people.map((p) => p.name)).toEqual(['John Smith']);
  });

  test('reports an alias given to two people and keeps it with the first', () => {
    const result = groupAuthors(papers(['J. Smith']), [entry('John Smith', { aliases: ['J. Smith'] }), entry('Jane Smith', { aliases: ['J. Smith'], line: 7 })]);
    // Left with no spelling of its own, the second person has no page either, which is said too.
    expect(result.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(['7 people-alias-twice', '7 people-unused']);
    expect(result.people.map((p) => `${p.name}: ${p.papers.join(' ')}`)).toEqual(['John Smith: p1']);
  });

  test('names a merged person by the most complete spelling, and lists each paper once', () => {
    const result = groupAuthors(papers(['J. Smith'], ['John Smith', 'A. Author'], ['J. Smith']));
    expect(result.people.find((p) => p.papers.length === 3)).toMatchObject({ slug: 'john-smith', name: 'John Smith', names: ['John Smith', 'J. Smith'] });
  });

  test('gives people with the same slug distinct slugs, whatever the paper order', () => {
    const slugs = (input: AuthoredPaper[]) => groupAuthors(input).people.map((p) => `${p.name}=${p.slug}`).sort();
    const input = papers(['Jan Berg', 'Jan-Berg Smith'], ['Jan Berg', 'A. Page'], ['Page']);
    expect(slugs(input)).toEqual(slugs([...input].reverse()));
    expect(new Set(groupAuthors(input).people.map((p) => p.slug)).size).toBe(4);
    expect(groupAuthors(input).people.map((p) => p.slug)).not.toContain('page');
  });
});
