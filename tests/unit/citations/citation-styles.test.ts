import { describe, expect, test } from 'vitest';
import { styleLabel } from '../../../src/lib/citations/citation-styles.ts';

const style = (info: string) => `<?xml version="1.0"?><style xmlns="http://purl.org/net/xbiblio/csl"><info>${info}</info></style>`;

describe('styleLabel', () => {
  test('gives the bundled styles their short names', () => expect(styleLabel('ieee', style('<title>IEEE Reference Guide</title>'))).toBe('IEEE'));

  test('prefers a style\'s short title to its title', () => {
    expect(styleLabel('x', style('<title>Long Name</title><title-short>LN</title-short>'))).toBe('LN');
  });

  test.each([
    ['Harvard &amp; Co', 'Harvard & Co'],
    ['Soci&#233;t&#xE9; fran&#231;aise', 'Société française'],
    ['&amp;lt;not a tag&amp;gt;', '&lt;not a tag&gt;'],
  ])('decodes the entities of %j once, into %j', (title, label) => expect(styleLabel('x', style(`<title>${title}</title>`))).toBe(label));

  test('falls back to the file name', () => expect(styleLabel('my-style', style(''))).toBe('my-style'));
});
