import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PaperData } from '../../../src/lib/paper-schema.ts';
import { cleanInline } from '../../../src/lib/papers/clean-text.ts';
import { parsePaperPage, renderPaperPage } from '../../../src/lib/papers/render-page.ts';
import { frontMatterOf, readWithEveryParser, YAML_1_1_SAFE_TEXT } from '../../helpers/yaml-readers.ts';

const YAML_PIECES = ['null', '~', 'NO', 'yes', 'on', '1.10', '0x1F', '2024-01-01', '"', "'", ': ', ' #', '&a', '*a', '!tag', '- ', '? ', '[', ']', '{', '}', '|', '>', '%', '@', '`', '---', '...', '\\', '\t', '\n', '\u2028', '\u2029', '\u0085', '\u007F', '\u009B', '\uFEFF', '\uFFFE', '😀', '\u202E', 'عربي'];
const titleArb = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 10 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

const paper = (title: string): PaperData => ({
  title,
  slug: 'a-paper',
  topics: ['other'],
  links: { code: [], project: [] },
  listed: title,
  hasAbstract: true,
  source: { file: 'content/sources/x.txt', line: 1 },
});

describe('renderPaperPage', () => {
  test('returns front matter that parsePaperPage and every YAML reader read back as the same title when the title is anything', () => {
    fc.assert(
      fc.property(titleArb, (raw) => {
        // Lone surrogates cannot be stored as UTF-8 at all; every source reader drops them with cleanInline.
        const title = raw.isWellFormed() ? raw : cleanInline(raw);
        const page = renderPaperPage(paper(title), 'Body');
        expect(frontMatterOf(page)).toMatch(YAML_1_1_SAFE_TEXT);
        expect(parsePaperPage(page).data.title).toBe(title);
        for (const [reader, data] of Object.entries(readWithEveryParser(page))) {
          expect({ reader, title: (data as PaperData).title, listed: (data as PaperData).listed }).toEqual({ reader, title, listed: title });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
