import { describe, expect, test } from 'vitest';
import { citationMeta } from '../../../src/lib/citations/citation-meta.ts';
import { citationOf } from '../../../src/lib/citations/paper-citation.ts';

describe('citationMeta', () => {
  test('returns the title, each author and a Scholar-style date when known', () => {
    expect(citationMeta({ title: 'T', authors: ['A. B', 'C. D'], date: '2024-03-14' })).toEqual([
      { name: 'citation_title', content: 'T' },
      { name: 'citation_author', content: 'A. B' },
      { name: 'citation_author', content: 'C. D' },
      { name: 'citation_publication_date', content: '2024/03/14' },
    ]);
  });

  test('returns the title alone when nothing else is known', () => {
    expect(citationMeta({ title: 'T' })).toEqual([{ name: 'citation_title', content: 'T' }]);
  });
});

describe('citationOf', () => {
  test('returns a yearless listing date as a note, a full one as the date', () => {
    expect(citationOf({ slug: 's', title: 'T', listed: 'Mar 14' }, 'u')).toMatchObject({ key: 't', note: 'Listed Mar 14', date: undefined });
    expect(citationOf({ slug: 's', title: 'T', listed: '2024-03-14' }, 'u')).toMatchObject({ date: '2024-03-14', note: undefined });
  });
});
