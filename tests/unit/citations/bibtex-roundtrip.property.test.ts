import { parse } from '@retorquere/bibtex-parser';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeBibtexValue } from '../../../src/lib/citations/escape-bibtex.ts';
import { escapeBibtexTitle, renderBibtex } from '../../../src/lib/citations/render-bibtex.ts';
import { findMath } from '../../../src/lib/math/find-math.ts';

/** What a title becomes in any text field: control characters dropped, white space folded. */
const folded = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').replace(/\s+/g, ' ').trim();

/** Strings rich in what BibTeX and TeX give meaning to. */
const texText = fc.string({ unit: fc.constantFrom(...'\\{}%&#$_^~<>-\'`!?,"@=aZ é𝛼 \n\t\u0001'.split('')), maxLength: 40 });

/** Parses a .bib text with a BibTeX parser that turns TeX back into Unicode, no case changes. */
function parseBib(text: string) {
  const library = parse(text, { english: false });
  expect(library.errors).toEqual([]);
  return library.entries;
}

describe('renderBibtex', () => {
  test('returns an entry whose title (without math) and note parse back to the text', () => {
    fc.assert(
      fc.property(texText.filter((t) => folded(t) !== '' && findMath(t).length === 0), texText.filter((t) => folded(t) !== ''), (title, note) => {
        const [entry] = parseBib(renderBibtex({ key: 'k', title, note, url: 'https://example.org/papers/x/' }));
        expect(entry?.fields.title).toBe(folded(title));
        expect(entry?.fields.note).toBe(folded(note));
      }),
      { numRuns: 300 },
    );
  });

  test('returns entries that a file of many parses back one by one, keys and URLs intact', () => {
    const titles = ['@misc{evil, title={x}}', 'Unbalanced { brace', 'Closing } brace', '%comment', 'Ok'];
    const file = titles.map((title, i) => renderBibtex({ key: `k${i}`, title, url: `https://example.org/papers/p${i}/` })).join('\n');
    const entries = parseBib(file);
    expect(entries.map((e) => [e.key, e.fields.title, e.fields.url])).toEqual(titles.map((t, i) => [`k${i}`, t, `https://example.org/papers/p${i}/`]));
  });

  test('returns authors, venue, DOI and arXiv id that parse back, an organisation kept as one author', () => {
    const text = renderBibtex({ key: 'k', title: 'T', authors: ['Jürgen Müller', 'Bill and Melinda Gates Foundation', 'O\'Neil, Cathy'], howpublished: 'NeurIPS & co', date: '2024', doi: '10.1000/x_y', arxiv: '2301.01234', url: 'https://e.org/' });
    const [entry] = parseBib(text);
    expect(entry?.fields.author?.map((a) => a.name ?? `${a.firstName} ${a.lastName}`)).toEqual(['Jürgen Müller', 'Bill and Melinda Gates Foundation', 'Cathy O\'Neil']);
    expect([entry?.fields.howpublished, entry?.fields.year, entry?.fields.month, entry?.fields.doi, entry?.fields.eprint]).toEqual(['NeurIPS & co', '2024', undefined, '10.1000/x_y', '2301.01234']);
  });

  test('returns year and month for a full date, and the fields in a fixed order', () => {
    expect(renderBibtex({ key: 'k', title: 'T', date: '2024-03-14', url: 'https://e.org/' })).toBe('@misc{k,\n  title = {T},\n  year = {2024},\n  month = {3},\n  url = {https://e.org/}\n}\n');
  });
});

describe('escapeBibtexValue', () => {
  test.each([
    ['50% of {x}', '50\\% of \\{x\\}'],
    ['a--b', 'a-{}-b'],
    ['C:\\path', 'C:\\textbackslash{}path'],
    ['x <y>', 'x \\textless{}y\\textgreater{}'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeBibtexValue(text)).toBe(escaped);
  });
});

describe('escapeBibtexTitle', () => {
  test.each([
    ['Scaling $\\alpha$-models with $O(n^2)$ cost', 'Scaling $\\alpha$-models with $O(n^2)$ cost'],
    ['50% of $x_1$ & more', '50\\% of $x_1$ \\& more'],
    ['$\\mathcal{O}(n)$ first', '$\\mathcal{O}(n)$ first'],
    ['Costs $5 and $6', 'Costs \\$5 and \\$6'],
    ['Plain {braces}', 'Plain \\{braces\\}'],
  ])('keeps the math of %j as TeX math: %j', (title, escaped) => {
    expect(escapeBibtexTitle(title)).toBe(escaped);
  });

  test('returns math that a BibTeX parser reads back verbatim as the same math', () => {
    const [entry] = parse(renderBibtex({ key: 'k', title: 'Learning $\\sum_{i}x_i^2$ fast', url: 'https://e.org/' }), { verbatimFields: ['title'] }).entries;
    expect(entry?.fields.title).toBe('Learning $\\sum_{i}x_i^2$ fast');
  });
});
