import { describe, expect, test } from 'vitest';
import { siteOptions } from '../../src/lib/site-options.ts';

describe('siteOptions', () => {
  test.each([
    [{}, 'apa'],
    [{ CITATION_STYLE: 'ieee' }, 'ieee'],
    [{ CITATION_STYLE: '  chicago-author-date ' }, 'chicago-author-date'],
    [{ CITATION_STYLE: '' }, 'apa'],
  ])('returns the citation style of %j as %j', (env, style) => {
    expect(siteOptions(env).citationStyle).toBe(style);
  });
});
