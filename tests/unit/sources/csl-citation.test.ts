import { describe, expect, test } from 'vitest';
import { cslCitationFields } from '../../../src/lib/sources/csl-citation.ts';

describe('cslCitationFields', () => {
  test('returns kind, volume, issue, pages, publisher, editors and literal names as organisations', () => {
    expect(cslCitationFields({
      type: 'paper-conference',
      volume: 30,
      issue: '2',
      page: '5998-6008',
      publisher: 'Curran Associates',
      author: [{ given: 'Ashish', family: 'Vaswani' }, { literal: 'OpenML Collective' }],
      editor: [{ given: 'Isabelle', family: 'Guyon' }],
    })).toEqual({ kind: 'inproceedings', volume: '30', issue: '2', pages: '5998-6008', publisher: 'Curran Associates', editors: ['Isabelle Guyon'], organizations: ['OpenML Collective'] });
  });

  test.each([
    ['article-journal', 'article'],
    ['paper-conference', 'inproceedings'],
    ['chapter', 'incollection'],
    ['article', 'preprint'],
    ['thesis', 'thesis'],
    ['webpage', undefined],
  ])('returns kind %j for CSL type %j', (type, kind) => {
    expect(cslCitationFields({ type }).kind).toBe(kind);
  });
});
