import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { parsePaperPage, renderPaperPage } from '../../../src/lib/papers/render-page.ts';
import { frontMatterOf, readWithEveryParser, YAML_1_1_SAFE_TEXT } from '../../helpers/yaml-readers.ts';

const paper = (title: string, extra: Partial<PaperData> = {}): PaperData => ({
  title,
  slug: 'a-paper',
  topics: ['other'],
  links: { code: [], project: [] },
  hasAbstract: true,
  source: { file: 'content/sources/x.txt', line: 3 },
  ...extra,
});

/** Titles that some YAML reader turns into something other than the same string when written plainly. */
const YAML_SPECIAL = [
  'null', 'Null', 'NULL', '~', '', 'NO', 'no', 'yes', 'Yes', 'on', 'OFF', 'y', 'n', 'true', 'False',
  '1.10', '0x1F', '0o17', '017', '1e3', '.inf', '-.Inf', '.NaN', '1_000', '12:30:00', '2024-01-01', '2024-01-01 10:00:00',
  '"leading double quote', "'leading single quote", 'trailing quote"', 'key: value', 'a: b: c', '&anchor', '*alias', '!tag', '!!str x', '#comment', 'a #b',
  '- x', '? x', '[a]', '{a}', '{a: 1}', '|', '|-', '>', '>+', '%YAML 1.1', '@at', '`backticks`', '---', '...', '<<', '=',
  'line\u2028separator', 'para\u2029separator', 'next\u0085line', 'del\u007F', 'c1\u0080\u009F', 'bom\uFEFF', 'nonchar\uFFFE',
  'emoji 😀👩‍🔬🏳️‍🌈', 'RTL עברית عربي', 'bidi \u202Eevil\u202C', 'zero\u200Bwidth\u200D', 'tab\there', 'back\\slash \\n \\u0041', 'é vs e\u0301',
  ' leading space', 'trailing space ', 'new\nline', 'cr\rreturn', 'nul\u0000byte', 'esc\u001B[31m',
];

describe('renderPaperPage', () => {
  test.each(YAML_SPECIAL)('returns front matter every YAML reader reads back as the title %j', (title) => {
    const page = renderPaperPage(paper(title, { listed: title }), 'Body');
    for (const [reader, data] of Object.entries(readWithEveryParser(page))) {
      expect({ reader, title: (data as PaperData).title, listed: (data as PaperData).listed }).toEqual({ reader, title, listed: title });
    }
  });

  test.each(YAML_SPECIAL)('returns front matter made of characters YAML 1.1 takes literally when the title is %j', (title) => {
    expect(frontMatterOf(renderPaperPage(paper(title), ''))).toMatch(YAML_1_1_SAFE_TEXT);
  });

  test('returns keys in a fixed order whatever order the data has', () => {
    const data = paper('T', { listed: 'Mar 14' });
    const shuffled = Object.fromEntries(Object.entries(data).reverse()) as PaperData;
    const page = renderPaperPage(shuffled, 'Body');
    expect(page).toBe(renderPaperPage(data, 'Body'));
    expect(frontMatterOf(page).split('\n').filter((l) => /^\w/.test(l)).map((l) => l.split(':')[0])).toEqual(['title', 'slug', 'topics', 'links', 'listed', 'hasAbstract', 'source']);
  });

  test('returns a page ending in exactly one newline when the body is empty', () => {
    const page = renderPaperPage(paper('T', { hasAbstract: false }), '');
    expect(page).toMatch(/\n---\n$/);
    expect(page).not.toMatch(/\n\n$/);
  });

  test('returns numbers and booleans as YAML numbers and booleans', () => {
    const data = readWithEveryParser(renderPaperPage(paper('T'), 'B'));
    for (const read of Object.values(data)) expect(read).toMatchObject({ hasAbstract: true, source: { line: 3 } });
  });
});

describe('parsePaperPage', () => {
  test.each(['Body', 'Line one\n\nLine two', '\\-\\-\\- not front matter', ''])('returns the data and the body %j it was rendered with', (body) => {
    const data = paper('Title: with colon');
    const parsed = parsePaperPage(renderPaperPage(data, body));
    expect(parsed.data).toEqual(data);
    expect(parsed.body.trim()).toBe(body);
  });
});
